package org.newsdesk.readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.ops.EditorControls;
import org.newsdesk.store.Consents;
import org.newsdesk.store.ItemStore;
import org.newsdesk.store.SubscriberStore;
import org.newsdesk.testing.AtomFeedCheck;
import org.newsdesk.testing.HtmlChecker;
import org.newsdesk.testing.RunningNewsdesk;

/**
 * The public pages over HTTP: archive, issue, feed, subscribing with double opt-in (the mails through
 * a real SMTP server, GreenMail), preferences.
 */
class ReaderPagesTest {

    @RegisterExtension
    static GreenMailExtension greenMail =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @TempDir
    static Path work;

    static RunningNewsdesk newsdesk;
    static String base;
    static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        Map<String, String> settings = RunningNewsdesk.withHttp(work, 0);
        settings.put("newsdesk.public-url", "https://news.example");
        settings.put("newsdesk.smtp.host", "127.0.0.1");
        settings.put("newsdesk.smtp.port", Integer.toString(greenMail.getSmtp().getPort()));
        settings.put("newsdesk.smtp.security", "none");
        newsdesk = RunningNewsdesk.start(settings);
        base = "http://localhost:" + newsdesk.httpPort();
        RunningNewsdesk.dropNote(work, "lmec/06_lmec-roundtable-s1_experts.txt");
        ItemStore items = newsdesk.bean("itemStore", ItemStore.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> items.count("lmec", "pending") == 1);
        newsdesk.bean("editorControls", EditorControls.class).publishNow("lmec");
    }

    @AfterAll
    static void stop() {
        newsdesk.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String... fields) throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            body.append(body.isEmpty() ? "" : "&")
                    .append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theArchiveListsTheIssueAndItsPageFeedAndPdfAreThere() throws Exception {
        HttpResponse<String> archive = get("/p/lmec/");
        assertThat(archive.statusCode()).isEqualTo(200);
        assertThat(archive.body()).contains("Issue 1, 2026", "href=\"2026/1/\"", "Subscribe", "澜沧江-湄公河环境合作中心");
        HttpResponse<String> issue = get("/p/lmec/2026/1/");
        assertThat(issue.statusCode()).isEqualTo(200);
        assertThat(issue.body()).contains("issue.pdf", "All issues of");
        HttpResponse<byte[]> pdf = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/p/lmec/2026/1/issue.pdf"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        HttpResponse<String> feed = get("/p/lmec/feed.atom");
        assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        assertThat(feed.body())
                .contains(
                        "<feed xmlns=\"http://www.w3.org/2005/Atom\"", "https://news.example/p/lmec/2026/1/issue.pdf");
        // every issue mail points to the archive, and to the reader's own page
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !mailsTo("reader.one@lmec.example").isEmpty());
        MimeMessage issueMail = mailsTo("reader.one@lmec.example").get(0);
        assertThat(issueMail.getHeader("List-Archive", null)).isEqualTo("<https://news.example/p/lmec/>");
        assertThat(get("/p/lmec/2026/9/").statusCode()).isEqualTo(404);
        assertThat(get("/p/nope/").statusCode()).isEqualTo(404);
        assertThat(get("/p/lmec/2026/1/../../../../etc/passwd").statusCode()).isIn(400, 404);
    }

    @Test
    void theFeedIsReadByAnIndependentParserWithTheIssueItsPageAndItsPdf() throws Exception {
        AtomFeedCheck.assumeAvailable();
        AtomFeedCheck.Parsed feed = AtomFeedCheck.parse(get("/p/lmec/feed.atom").body());
        assertThat(feed.bozo()).as(feed.bozoException()).isFalse();
        assertThat(feed.feed().title()).isEqualTo("Lancang-Mekong Environmental Cooperation Center Newsletter");
        assertThat(feed.feed().id()).isEqualTo("https://news.example/p/lmec/");
        int year = java.time.LocalDate.now().getYear();
        assertThat(feed.entries()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Issue 1, " + year);
            assertThat(e.link()).isEqualTo("https://news.example/p/lmec/" + year + "/1/");
            assertThat(e.summary()).contains("Lancang-Mekong Roundtable Dialogue");
            assertThat(e.enclosures())
                    .containsExactly(new AtomFeedCheck.Enclosure(
                            "https://news.example/p/lmec/" + year + "/1/issue.pdf", "application/pdf"));
        });
    }

    @Test
    void everyPublicPageIsValidHtml() throws Exception {
        SubscriberStore subscribers = newsdesk.bean("subscriberStore", SubscriberStore.class);
        subscribers.add("lmec", "valid@example.org", "Valid", "en");
        var reader = subscribers.find("lmec", "valid@example.org").orElseThrow();
        String token = newsdesk.bean("unsubscribeTokens", org.newsdesk.deliver.UnsubscribeTokens.class)
                .tokenFor("lmec", reader.id(), reader.address());
        String secret = newsdesk.context().resolvePropertyPlaceholders("{{newsdesk.unsubscribe.secret}}");
        String signup = new SignupTokens(secret, Duration.ofHours(1), java.time.Clock.systemUTC())
                .tokenFor("lmec", "valid2@example.org", null, "en");
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("archive", get("/p/lmec/").body());
        pages.put(
                "check your mail",
                post("/p/lmec/subscribe", "address", "html.check@example.org").body());
        pages.put("a refused form", post("/p/lmec/subscribe", "address", "nope").body());
        pages.put(
                "confirm",
                get("/p/lmec/confirm?t=" + URLEncoder.encode(signup, StandardCharsets.UTF_8))
                        .body());
        pages.put("confirmed", post("/p/lmec/confirm", "t", signup).body());
        pages.put(
                "preferences",
                get("/p/preferences?t=" + URLEncoder.encode(token, StandardCharsets.UTF_8))
                        .body());
        pages.put("not found", get("/p/lmec/1999/1/").body());
        pages.put("issue", get("/p/lmec/2026/1/").body());
        for (Map.Entry<String, String> page : pages.entrySet()) {
            assertThat(HtmlChecker.errors(page.getValue())).as(page.getKey()).isEmpty();
        }
        // the issue page: the publication as its one h1, its language, the Chinese masthead marked as Chinese
        org.jsoup.nodes.Document issue = org.jsoup.Jsoup.parse(pages.get("issue"));
        assertThat(issue.select("h1")).hasSize(1);
        assertThat(issue.selectFirst("h1").text())
                .endsWith("Lancang-Mekong Environmental Cooperation Center Newsletter");
        assertThat(issue.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(issue.selectFirst("h1 [lang=zh-Hans]").text()).isEqualTo("澜沧江-湄公河环境合作中心");
        assertThat(issue.select("main")).hasSize(1);
    }

    @Test
    void nothingInAPublicPageOrHeaderCanBeSteeredByTheRequest() throws Exception {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(
                                base + "/p/lmec/?Set-Cookie=a%3Db&Location=https%3A%2F%2Fevil&name=%3Cb%3Ex"))
                        .header("X-Forwarded-Host", "evil.example")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.headers().map().keySet()).map(String::toLowerCase).doesNotContain("set-cookie", "location");
        assertThat(r.body()).doesNotContain("evil", "<b>x");
        assertThat(get("/p/lmec/feed.atom?x=evil.example").body()).doesNotContain("evil");
    }

    @Test
    void subscribingSendsOneConfirmationWhoseLinkSubscribesOnceAndKeepsTheConsent() throws Exception {
        String address = "new.reader@example.org";
        HttpResponse<String> sent =
                post("/p/lmec/subscribe", "name", "New Reader", "address", address, "language", "en");
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body()).contains("Check your mail");
        MimeMessage mail = awaitMailTo(address);
        assertThat(mail.getSubject()).contains("Confirm your subscription");
        String link = link(mail);
        assertThat(link).startsWith("https://news.example/p/lmec/confirm?t=");
        String token = URLDecoder.decode(link.substring(link.indexOf("t=") + 2), StandardCharsets.UTF_8);

        // the same address again within the limit: the same answer, no second mail
        assertThat(post("/p/lmec/subscribe", "address", address).body()).contains("Check your mail");
        Thread.sleep(300);
        assertThat(mailsTo(address)).hasSize(1);

        SubscriberStore subscribers = newsdesk.bean("subscriberStore", SubscriberStore.class);
        HttpResponse<String> confirmPage = get("/p/lmec/confirm?t=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        assertThat(confirmPage.statusCode()).isEqualTo(200);
        assertThat(subscribers.find("lmec", address))
                .as("a GET subscribes nobody")
                .isEmpty();
        HttpResponse<String> confirmed = post("/p/lmec/confirm", "t", token);
        assertThat(confirmed.body()).contains("You are subscribed");
        assertThat(subscribers.find("lmec", address)).hasValueSatisfying(s -> {
            assertThat(s.status()).isEqualTo("active");
            assertThat(s.name()).isEqualTo("New Reader");
        });
        assertThat(post("/p/lmec/confirm", "t", token).body()).contains("You are subscribed");
        assertThat(newsdesk.bean("consents", Consents.class).of("lmec", address))
                .singleElement()
                .satisfies(c -> assertThat(c.formText()).contains("Send me each issue of"));
    }

    @Test
    void anExpiredLinkIsRefusedAndSubscribesNobody() throws Exception {
        String secret = newsdesk.context().resolvePropertyPlaceholders("{{newsdesk.unsubscribe.secret}}");
        String expired = new SignupTokens(secret, Duration.ofHours(-1), java.time.Clock.systemUTC())
                .tokenFor("lmec", "late@example.org", null, "en");
        HttpResponse<String> refused = post("/p/lmec/confirm", "t", expired);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("not valid or has expired");
        assertThat(newsdesk.bean("subscriberStore", SubscriberStore.class).find("lmec", "late@example.org"))
                .isEmpty();
    }

    @Test
    void aForgedOrOtherPublicationsLinkIsRefused() throws Exception {
        assertThat(post("/p/lmec/confirm", "t", "bm90IGEgdG9rZW4.forged").statusCode())
                .isEqualTo(400);
        assertThat(get("/p/lmec/confirm?t=abc").body()).contains("not valid or has expired");
        post("/p/china-asean/subscribe", "address", "other@example.org");
        String token = URLDecoder.decode(
                link(awaitMailTo("other@example.org")).replaceFirst(".*t=", ""), StandardCharsets.UTF_8);
        assertThat(post("/p/lmec/confirm", "t", token).statusCode()).isEqualTo(400);
    }

    @Test
    void theHoneypotAndABadAddressSendNothing() throws Exception {
        assertThat(post("/p/lmec/subscribe", "address", "bot@example.org", "website", "http://spam")
                        .body())
                .contains("Check your mail");
        HttpResponse<String> bad = post("/p/lmec/subscribe", "address", "not an address");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("is not an e-mail address");
        Thread.sleep(300);
        assertThat(mailsTo("bot@example.org")).isEmpty();
    }

    @Test
    void aReaderChangesTheirLanguageAndLeavesOnePublicationFromTheirPage() throws Exception {
        SubscriberStore subscribers = newsdesk.bean("subscriberStore", SubscriberStore.class);
        subscribers.add("lmec", "both@example.org", "Both", "en");
        subscribers.add("china-asean", "both@example.org", "Both", "en");
        var lmec = subscribers.find("lmec", "both@example.org").orElseThrow();
        String token = newsdesk.bean("unsubscribeTokens", org.newsdesk.deliver.UnsubscribeTokens.class)
                .tokenFor("lmec", lmec.id(), lmec.address());
        HttpResponse<String> page = get("/p/preferences?t=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("both@example.org", "Leave Lancang-Mekong", "Leave China");
        assertThat(post("/p/preferences", "t", token, "action", "save", "name", "Both Again", "language", "zh")
                        .body())
                .contains("Saved.");
        assertThat(subscribers.byAddress("both@example.org"))
                .allSatisfy(s -> assertThat(s.language()).isEqualTo("zh"));
        assertThat(post("/p/preferences", "t", token, "action", "leave:china-asean")
                        .body())
                .contains("You have left");
        assertThat(subscribers
                        .find("china-asean", "both@example.org")
                        .orElseThrow()
                        .status())
                .isEqualTo("unsubscribed");
        assertThat(subscribers.find("lmec", "both@example.org").orElseThrow().status())
                .isEqualTo("active");
        assertThat(post("/p/preferences", "t", token + "x", "action", "leave-all")
                        .statusCode())
                .isEqualTo(400);
        assertThat(subscribers.find("lmec", "both@example.org").orElseThrow().status())
                .isEqualTo("active");
    }

    static MimeMessage awaitMailTo(String address) throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(() -> !mailsTo(address).isEmpty());
        return mailsTo(address).get(0);
    }

    static List<MimeMessage> mailsTo(String address) throws Exception {
        List<MimeMessage> mails = new java.util.ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            if (java.util.Arrays.stream(m.getAllRecipients())
                    .anyMatch(r -> r.toString().contains(address))) {
                mails.add(m);
            }
        }
        return mails;
    }

    static String link(MimeMessage mail) throws Exception {
        Matcher m = Pattern.compile("https?://\\S+confirm\\?t=\\S+")
                .matcher(mail.getContent().toString());
        assertThat(m.find()).isTrue();
        return m.group();
    }
}
