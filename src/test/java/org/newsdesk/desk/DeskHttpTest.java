package org.newsdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.domain.Item;
import org.newsdesk.store.AuditLog;

/** The desk over plain HTTP: sign-in, sessions, CSRF, and the review of a held item. */
class DeskHttpTest {

    @TempDir
    static Path work;

    static DeskWorld world;

    @BeforeAll
    static void start() {
        world = new DeskWorld(work, Map.of("newsdesk.desk.sign-in-failures-per-name", "3"));
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @Test
    void aPageWithoutASessionGoesToTheSignInPage() throws Exception {
        HttpResponse<String> r = world.client().get("/desk/review");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/desk/login");
        assertThat(world.client().get("/desk/").headers().firstValue("Location"))
                .hasValue("/desk/login");
    }

    @Test
    void signingInSetsAnHttpOnlySameSiteCookieAndOpensTheQueue() throws Exception {
        DeskWorld.Client browser = world.client();
        browser.get("/desk/login");
        HttpResponse<String> r = browser.post("/desk/login", "name", DeskWorld.EDITOR, "password", DeskWorld.PASSWORD);
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Set-Cookie").orElseThrow())
                .startsWith(Sessions.COOKIE + "=")
                .contains("HttpOnly", "SameSite=Lax", "Path=/desk")
                .doesNotContain("Secure");
        HttpResponse<String> queue = browser.get("/desk/review");
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).contains("Review queue", DeskWorld.EDITOR);
        assertThat(queue.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'");
        assertThat(queue.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void aWrongPasswordIsRefusedAndRepeatedFailuresAreRateLimited() throws Exception {
        DeskWorld.Client browser = world.client();
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> r = browser.signIn("ana", "not the password");
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.body()).contains("The name or the password is not right.");
        }
        HttpResponse<String> limited = browser.signIn("ana", "not the password");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.body()).contains("Too many failed sign-ins");
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void theSignInFormWithoutItsTokenIsRefused() throws Exception {
        DeskWorld.Client browser = world.client();
        browser.get("/desk/login");
        HttpResponse<String> r =
                browser.post("/desk/login", "name", DeskWorld.EDITOR, "password", DeskWorld.PASSWORD, "csrf", "forged");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.headers().firstValue("Set-Cookie").orElse("")).doesNotContain("Max-Age=28800");
    }

    @Test
    void aFormPostedWithoutTheCsrfTokenIsRefused() throws Exception {
        DeskWorld.Client browser = world.client();
        browser.signedIn();
        HttpResponse<String> forged = browser.postRaw("/desk/next/lmec/hold", "");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("did not come from the desk");
        HttpResponse<String> wrong = browser.postRaw("/desk/next/lmec/hold", "csrf=abc");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(world.newsdesk.bean("holds", org.newsdesk.store.Holds.class).held("lmec"))
                .isFalse();
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        DeskWorld.Client browser = world.client();
        browser.signedIn();
        assertThat(browser.get("/desk/review").statusCode()).isEqualTo(200);
        HttpResponse<String> out = browser.post("/desk/logout");
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(browser.get("/desk/review").statusCode()).isEqualTo(303);
    }

    @Test
    void anEditorCorrectsAHeldItemAndReleasesItWithAnAuditOfTheChange() throws Exception {
        Item read = world.read("lmec/06_lmec-roundtable-s1_experts.txt");
        Item held = world.heldWithWrongOrganization(read, "Mekong");
        String rightOrganization = read.speakers().get(0).organization();
        DeskWorld.Client browser = world.client();
        browser.signedIn();

        assertThat(browser.get("/desk/review").body()).contains(held.id(), "organization-uncertain");
        HttpResponse<String> page = browser.get("/desk/review/" + held.id());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("The note as it was read", "speaker 1 name", "value=\"Mekong\"")
                .contains("Download the original note");

        // the form as the page has it, the organisation corrected
        Map<String, String> form = ReviewForms.fieldsOf(page.body());
        form.put("speaker.0.organization", rightOrganization);
        form.put("op", "save");
        form.put("csrf", browser.csrf);
        HttpResponse<String> saved = browser.postRaw("/desk/review/" + held.id(), DeskWorld.form(form));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        assertThat(world.items().find(held.id()).orElseThrow().speakers().get(0).organization())
                .isEqualTo(rightOrganization);
        assertThat(world.items().find(held.id()).orElseThrow().title()).isEqualTo(read.title());
        assertThat(world.newsdesk.bean("deskAudit", AuditLog.class).forItem(held.id()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.editor()).isEqualTo(DeskWorld.EDITOR);
                    assertThat(e.changes()).contains("speakers[0].organization: \"Mekong\" → \"" + rightOrganization);
                });

        HttpResponse<String> original = browser.get("/desk/review/" + held.id() + "/note");
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment");
        assertThat(original.body()).contains(read.speakers().get(0).name());

        assertThat(browser.post("/desk/review/" + held.id() + "/release").statusCode())
                .isEqualTo(303);
        assertThat(world.items().statusOf(held.id())).hasValue("pending");
        assertThat(browser.get("/desk/review").body()).contains("Released");
    }

    @Test
    void theDesksPagesAreValidHtml() throws Exception {
        Item read = world.read("china-asean/03_sscc-forum_part3.txt");
        Item held = world.heldWithWrongOrganization(read, "Somewhere");
        var subscribers = world.newsdesk.bean("subscriberStore", org.newsdesk.store.SubscriberStore.class);
        long reader = subscribers
                .find("lmec", "reader.one@lmec.example")
                .orElseThrow()
                .id();
        world.newsdesk
                .bean("bounceLog", org.newsdesk.store.BounceLog.class)
                .record(new org.newsdesk.store.BounceLog.Entry(
                        java.time.Instant.now(),
                        "soft",
                        "reader.one@lmec.example",
                        "4.2.2",
                        "lmec-2026-1",
                        reader,
                        "delivery-status: Action delayed",
                        new byte[] {'x'}));
        DeskWorld.Client browser = world.client();
        assertThat(org.newsdesk.testing.HtmlChecker.errors(
                        browser.get("/desk/login").body()))
                .as("sign-in")
                .isEmpty();
        browser.signedIn();
        for (String page : java.util.List.of(
                "/desk/review",
                "/desk/review/" + held.id(),
                "/desk/next/lmec",
                "/desk/next/china-asean",
                "/desk/issues?publication=lmec",
                "/desk/subscribers/lmec",
                "/desk/review/no-such-item")) {
            if (page.startsWith("/desk/subscribers")) {
                assertThat(browser.get(page).body()).contains("Recent bounces", "4.2.2");
            }
            assertThat(org.newsdesk.testing.HtmlChecker.errors(browser.get(page).body()))
                    .as(page)
                    .isEmpty();
        }
    }

    @Test
    void everyValueAPersonWroteIsEscaped() throws Exception {
        Item read = world.read("lmec/07_lmec-roundtable-s1_comments.eml");
        Item held = world.heldWithWrongOrganization(read, "<script>alert(1)</script>");
        DeskWorld.Client browser = world.client();
        browser.signedIn();
        String page = browser.get("/desk/review/" + held.id()).body();
        assertThat(page).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
}
