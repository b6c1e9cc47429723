package org.newsdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.deliver.DeliveryWorld;
import org.newsdesk.deliver.SmtpPeer;
import org.newsdesk.domain.Item;
import org.newsdesk.store.DeliveryLedger;
import org.newsdesk.store.Holds;
import org.newsdesk.store.SubscriberStore;

/**
 * The next issue and its send over HTTP, mailing through a real SMTP conversation with a server that
 * refuses one reader's address for good.
 */
class DeskNextIssueAndSendTest {

    @TempDir
    static Path work;

    static SmtpPeer smtp;
    static DeskWorld world;

    @BeforeAll
    static void start() throws Exception {
        smtp = new SmtpPeer().answerRecipients(a -> switch (a) {
            case "gone@example.org" -> "550 5.1.1 <gone@example.org>: Recipient address rejected: User unknown";
            case "strict@example.org" -> "554 5.7.1 Message rejected as spam";
            default -> null;
        });
        Map<String, String> settings = new HashMap<>(DeliveryWorld.smtpTo(smtp.port()));
        world = new DeskWorld(work, settings);
        SubscriberStore subscribers = world.newsdesk.bean("subscriberStore", SubscriberStore.class);
        subscribers.add("china-asean", "gone@example.org", null, "en");
        subscribers.add("china-asean", "strict@example.org", null, "en");
    }

    @AfterAll
    static void stop() throws Exception {
        world.close();
        smtp.close();
    }

    @Test
    void anEditorOrdersTheNextIssueHoldsItPublishesAfterConfirmingAndSeesWhyAMailFailed() throws Exception {
        Item first = world.read("china-asean/01_sscc-forum_2021-09-15_part1.md");
        Item other = world.read("lmec/06_lmec-roundtable-s1_experts.txt");
        Item moved = world.read("china-asean/02_sscc-forum_part2.txt");
        DeskWorld.Client browser = world.client();
        browser.signedIn();

        String page = org.jsoup.Jsoup.parse(
                        browser.get("/desk/next/china-asean").body())
                .text();
        assertThat(page)
                .contains("Next issue of", "active subscribers", first.title())
                .doesNotContain(other.title());
        // what the publication's glossary changed in the notes' prose, listed for the editor
        assertThat(page).contains("House style: what the glossary changed", "Event 1, lead: “S-S” → “South-South”");

        // the part moved to a later issue waits, and comes back
        assertThat(browser.post("/desk/next/china-asean/order", "move", "later:" + moved.id())
                        .statusCode())
                .isEqualTo(303);
        assertThat(browser.get("/desk/next/china-asean").body()).contains("Waiting for a later issue");
        assertThat(world.items().waiting("china-asean")).hasSize(1);
        browser.post("/desk/next/china-asean/order", "move", "back:" + moved.id());
        assertThat(world.items().waiting("china-asean")).isEmpty();

        // hold and release from the desk
        browser.get("/desk/next/china-asean");
        browser.post("/desk/next/china-asean/hold");
        Holds holds = world.newsdesk.bean("holds", Holds.class);
        assertThat(holds.held("china-asean")).isTrue();
        assertThat(browser.get("/desk/next/china-asean").body()).contains("on hold");
        browser.post("/desk/next/china-asean/release");
        assertThat(holds.held("china-asean")).isFalse();

        // the preview itself, in its sandbox
        HttpResponse<String> preview = browser.get("/desk/next/china-asean/preview/html");
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'none'", "frame-ancestors 'self'");
        assertThat(preview.body()).contains("PREVIEW of Issue 1");

        // a test copy to the editor's own address
        browser.get("/desk/next/china-asean");
        assertThat(browser.post("/desk/next/china-asean/test").statusCode()).isEqualTo(303);
        assertThat(browser.get("/desk/next/china-asean").body()).contains("A test copy went to mei.lin@example.org.");
        assertThat(smtp.receivedByRecipient()).containsEntry("mei.lin@example.org", 1);

        // publish: the confirmation names the issue and the subscribers; a stale confirmation is asked again
        int subscribers = world.newsdesk
                .bean("subscriberStore", SubscriberStore.class)
                .active("china-asean")
                .size();
        HttpResponse<String> confirm = browser.post("/desk/next/china-asean/publish");
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body()).contains("Publish Issue 1, 2026 of", subscribers + " subscribers");
        assertThat(browser.post("/desk/next/china-asean/publish", "confirm", "Issue 9, 2026")
                        .body())
                .contains("The next issue changed while you looked");
        HttpResponse<String> published = browser.post("/desk/next/china-asean/publish", "confirm", "Issue 1, 2026");
        assertThat(published.statusCode()).isEqualTo(303);
        String issuePath = published.headers().firstValue("Location").orElseThrow();
        assertThat(issuePath).startsWith("/desk/issues/china-asean-");
        String issueId = issuePath.substring("/desk/issues/".length());

        DeliveryLedger ledger = world.newsdesk.bean("deliveryLedger", DeliveryLedger.class);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> ledger.counts(issueId).get("sent")
                                + ledger.counts(issueId).get("failed")
                        == subscribers);
        String sendPage = browser.get(issuePath).body();
        assertThat(sendPage)
                .contains("100 %", "finished", "gone@example.org", "550 5.1.1", "The address does not exist")
                .contains("strict@example.org", "554 5.7.1", "refused the mail by its policy")
                .contains("Resend to those not reached");
        assertThat(number(sendPage, "class=\"sent\">(\\d+)<")).isEqualTo(subscribers - 2);
        HttpResponse<String> ledgerPart = browser.get(issuePath + "/ledger");
        assertThat(ledgerPart.body()).startsWith("<div id=\"ledger\"").doesNotContain("<html");

        // resend: the address refused by policy is tried once more (the one that does not exist is
        // bounced and left out)
        SubscriberStore store = world.newsdesk.bean("subscriberStore", SubscriberStore.class);
        long strict =
                store.find("china-asean", "strict@example.org").orElseThrow().id();
        long gone = store.find("china-asean", "gone@example.org").orElseThrow().id();
        assertThat(browser.post(issuePath + "/resend").statusCode()).isEqualTo(303);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> ledger.row(issueId, strict).orElseThrow().attempts() == 2);
        assertThat(ledger.row(issueId, gone).orElseThrow().attempts()).isEqualTo(1);

        assertThat(browser.get("/desk/issues?publication=china-asean").body()).contains(issueId, "2 not reached");
        HttpResponse<String> pdf = browser.get(issuePath + "/files/pdf");
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(browser.get("/desk/next/china-asean").body()).contains("Nothing is pending");
    }

    @Test
    void subscribersAreSearchedCountedAndRemoved() throws Exception {
        SubscriberStore store = world.newsdesk.bean("subscriberStore", SubscriberStore.class);
        store.add("lmec", "zhang.san@example.cn", "张三", "zh");
        DeskWorld.Client browser = world.client();
        browser.signedIn();
        String page = browser.get("/desk/subscribers/lmec?q=%E5%BC%A0").body();
        assertThat(page).contains("张三", "zhang.san@example.cn").doesNotContain("reader.one@lmec.example");
        long id = store.find("lmec", "zhang.san@example.cn").orElseThrow().id();
        assertThat(browser.post("/desk/subscribers/lmec/" + id + "/remove").statusCode())
                .isEqualTo(303);
        assertThat(store.find(id).orElseThrow().status()).isEqualTo("unsubscribed");
        assertThat(browser.get("/desk/subscribers/lmec?status=unsubscribed").body())
                .contains("zhang.san@example.cn", "1 unsubscribed");
        // another publication's subscriber cannot be removed through this one
        assertThat(browser.post("/desk/subscribers/china-asean/" + id + "/remove")
                        .statusCode())
                .isEqualTo(404);
    }

    private static int number(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        if (!m.find()) {
            throw new AssertionError("no " + regex + " in the page");
        }
        return Integer.parseInt(m.group(1));
    }
}
