package org.newsdesk.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.render.RenderedIssue;

/** An issue to 50 subscribers through the real routes into GreenMail, then one-click unsubscribe over HTTP. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeliveryToGreenMailTest {

    @RegisterExtension
    static GreenMailExtension greenMail =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @TempDir
    static Path work;

    static DeliveryWorld world;
    static List<String> addresses;
    static final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        Map<String, String> settings =
                new HashMap<>(DeliveryWorld.smtpTo(greenMail.getSmtp().getPort()));
        settings.put("camel.server.enabled", "true");
        settings.put("newsdesk.http.port", "0");
        world = DeliveryWorld.start(work, settings);
        addresses = world.addSubscribers("lmec", 50, i -> "reader" + i + "@example.org");
    }

    @AfterAll
    static void stop() {
        if (world != null) {
            world.close();
        }
    }

    static Map<String, List<MimeMessage>> byRecipient(MimeMessage[] messages) throws Exception {
        Map<String, List<MimeMessage>> map = new TreeMap<>();
        for (MimeMessage m : messages) {
            for (Address a : m.getRecipients(MimeMessage.RecipientType.TO)) {
                map.computeIfAbsent(((InternetAddress) a).getAddress(), k -> new java.util.ArrayList<>())
                        .add(m);
            }
        }
        return map;
    }

    @Test
    @Order(1)
    void everySubscriberGetsExactlyOneMailWithThePdfAndTheListHeaders() throws Exception {
        RenderedIssue issue = world.publish("lmec", 6, 2021);
        world.deliver(issue);
        assertThat(world.awaitSettled("lmec-2021-6", Duration.ofSeconds(60)))
                .containsEntry("sent", 50)
                .containsEntry("failed", 0);
        assertThat(greenMail.waitForIncomingEmail(10_000, 50)).isTrue();

        Map<String, List<MimeMessage>> received = byRecipient(greenMail.getReceivedMessages());
        assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(addresses);
        for (Map.Entry<String, List<MimeMessage>> e : received.entrySet()) {
            assertThat(e.getValue()).as(e.getKey()).hasSize(1);
            MimeMessage m = e.getValue().get(0);
            assertThat(m.getSubject())
                    .isEqualTo("LMEC Newsletter Issue 6, 2021: Roundtable 1 on Green Development 绿色发展");
            assertThat(((InternetAddress) m.getFrom()[0]).getAddress()).isEqualTo("newsletter@lmec.example");
            assertThat(m.getHeader("List-Id", null)).contains("<lmec.list.lmec.example>");
            assertThat(m.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
            assertThat(m.getHeader("List-Unsubscribe", null))
                    .contains("https://news.example.org/unsubscribe?t=", "mailto:");
            MimeMultipart mixed = (MimeMultipart) m.getContent();
            BodyPart pdf = mixed.getBodyPart(1);
            assertThat(pdf.getFileName()).isEqualTo("LMEC-Newsletter-Issue-6-2021.pdf");
            assertThat(pdf.getInputStream().readAllBytes()).isEqualTo(issue.pdf());
        }
        long distinctIds = received.values().stream()
                .map(l -> {
                    try {
                        return l.get(0).getMessageID();
                    } catch (jakarta.mail.MessagingException ex) {
                        throw new IllegalStateException(ex);
                    }
                })
                .distinct()
                .count();
        assertThat(distinctIds).isEqualTo(50);
    }

    @Test
    @Order(2)
    void aGetShowsAButtonAndChangesNothingAPostUnsubscribesAtOnce() throws Exception {
        MimeMessage mail = byRecipient(greenMail.getReceivedMessages())
                .get("reader7@example.org")
                .get(0);
        String url = unsubscribeUrl(mail);
        long id = world.subscribers()
                .find("lmec", "reader7@example.org")
                .orElseThrow()
                .id();

        HttpResponse<String> page =
                http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(page.body()).contains("<form method=\"post\"", "reader7@example.org", "<button");
        assertThat(world.subscribers().find(id).orElseThrow().status()).isEqualTo("active");

        HttpResponse<String> done = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("reader7@example.org");
        assertThat(world.subscribers().find(id).orElseThrow().status()).isEqualTo("unsubscribed");
    }

    @Test
    @Order(3)
    void aForgedOrBorrowedTokenUnsubscribesNobody() throws Exception {
        MimeMessage mail = byRecipient(greenMail.getReceivedMessages())
                .get("reader8@example.org")
                .get(0);
        String url = unsubscribeUrl(mail);
        String token = URLDecoder.decode(url.substring(url.indexOf("t=") + 2), StandardCharsets.UTF_8);
        long other = world.subscribers()
                .find("lmec", "reader9@example.org")
                .orElseThrow()
                .id();
        String borrowed = other + token.substring(token.indexOf('.'));
        String base = url.substring(0, url.indexOf('?'));
        for (String t : List.of(borrowed, "1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "nonsense", "")) {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(
                                    URI.create(base + "?t=" + java.net.URLEncoder.encode(t, StandardCharsets.UTF_8)))
                            .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(t).isEqualTo(400);
        }
        assertThat(world.subscribers().find(other).orElseThrow().status()).isEqualTo("active");
        assertThat(world.subscribers()
                        .find("lmec", "reader8@example.org")
                        .orElseThrow()
                        .status())
                .isEqualTo("active");
    }

    @Test
    @Order(4)
    void anUnsubscribedAddressGetsNothingFromTheNextIssue() throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
        world.deliver(world.publish("lmec", 7, 2021));
        assertThat(world.awaitSettled("lmec-2021-7", Duration.ofSeconds(60))).containsEntry("sent", 49);
        // every row is final, so no further mail can be sent; the 49 are all in by now
        assertThat(greenMail.waitForIncomingEmail(60_000, 49)).isTrue();
        Map<String, List<MimeMessage>> received = byRecipient(greenMail.getReceivedMessages());
        assertThat(received).hasSize(49).doesNotContainKey("reader7@example.org");
        assertThat(received.values()).allSatisfy(l -> assertThat(l).hasSize(1));
    }

    private String unsubscribeUrl(MimeMessage mail) throws Exception {
        Matcher m = Pattern.compile("<(https://[^>]+)>")
                .matcher(mail.getHeader("List-Unsubscribe", null).replaceAll("\\s+", ""));
        assertThat(m.find()).isTrue();
        return m.group(1).replace("https://news.example.org", "http://127.0.0.1:" + world.httpPort());
    }
}
