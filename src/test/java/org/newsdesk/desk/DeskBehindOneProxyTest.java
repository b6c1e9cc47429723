package org.newsdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.store.StoreBackend;
import org.newsdesk.store.StoreBackends;

/**
 * Two `newsdesk run` services on one PostgreSQL store, as behind a reverse proxy that sends each
 * request to either: a browser signed in through one is signed in on both, its flash is shown once,
 * and failed sign-ins count on both.
 */
class DeskBehindOneProxyTest {

    @TempDir
    static Path work;

    static StoreBackend store;
    static DeskWorld a;
    static DeskWorld b;

    @BeforeAll
    static void start() {
        store = StoreBackends.postgres();
        Map<String, String> shared = new HashMap<>();
        shared.put("newsdesk.db.url", store.url());
        shared.put("newsdesk.db.user", store.user());
        shared.put("newsdesk.desk.sign-in-failures-per-name", "3");
        a = new DeskWorld(work.resolve("a"), shared);
        b = new DeskWorld(work.resolve("b"), shared);
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {a, b, store}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // the others are still closed
            }
        }
    }

    @Test
    void aBrowserSignedInThroughOneInstanceIsSignedInOnTheOtherUntilItSignsOut() throws Exception {
        DeskWorld.Client browser = a.client();
        // the sign-in form from one, posted to the other
        browser.through(a).get("/desk/login");
        HttpResponse<String> in =
                browser.through(b).post("/desk/login", "name", DeskWorld.EDITOR, "password", DeskWorld.PASSWORD);
        assertThat(in.statusCode()).as(in.body()).isEqualTo(303);
        assertThat(browser.through(a).get("/desk/review").statusCode()).isEqualTo(200);
        assertThat(browser.through(b).get("/desk/review").statusCode()).isEqualTo(200);

        assertThat(browser.through(a).post("/desk/logout").statusCode()).isEqualTo(303);
        HttpResponse<String> after = browser.through(b).get("/desk/review");
        assertThat(after.statusCode()).isEqualTo(303);
        assertThat(after.headers().firstValue("Location")).hasValue("/desk/login");
    }

    @Test
    void aMessageLeftByOneInstanceIsShownOnceByTheOther() throws Exception {
        DeskWorld.Client browser = a.client();
        browser.through(a).signedIn();
        // the form's token from a page of one, the action on the other
        browser.through(a).get("/desk/next/lmec");
        try {
            assertThat(browser.through(b).post("/desk/next/lmec/hold").statusCode())
                    .isEqualTo(303);
            String flash = "On hold: scheduled issues are not made until you release it.";
            assertThat(browser.through(a).get("/desk/next/lmec").body()).contains(flash);
            assertThat(browser.through(b).get("/desk/next/lmec").body()).doesNotContain(flash);
            assertThat(browser.through(a).get("/desk/next/lmec").body()).doesNotContain(flash);
        } finally {
            browser.through(b).post("/desk/next/lmec/release");
        }
    }

    @Test
    void failedSignInsThroughBothInstancesCountTogether() throws Exception {
        DeskWorld.Client browser = a.client();
        DeskWorld[] order = {a, b, a};
        for (DeskWorld instance : order) {
            HttpResponse<String> r = browser.through(instance).signIn("ana", "not the password");
            assertThat(r.statusCode()).isEqualTo(401);
        }
        HttpResponse<String> limited = browser.through(b).signIn("ana", "not the password");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(browser.through(a).signIn("ana", "not the password").statusCode())
                .isEqualTo(429);
    }
}
