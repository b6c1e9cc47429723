package org.newsdesk.readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.ops.EditorControls;
import org.newsdesk.store.ItemStore;
import org.newsdesk.store.SubscriberStore;
import org.newsdesk.testing.Axe;
import org.newsdesk.testing.Chromium;
import org.newsdesk.testing.RunningNewsdesk;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * A reader in a real headless Chromium: reads the archive and an issue, subscribes, confirms from the
 * mail's link, changes their language and leaves. In order, as one reader's visit.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReaderPagesInBrowserTest {

    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final String ADDRESS = "li.hua@example.com";

    @TempDir
    static Path work;

    static RunningNewsdesk newsdesk;
    static Chromium chromium;
    static String base;

    @BeforeEach
    void started() throws Exception {
        Chromium.assumeInstalled();
        if (newsdesk == null) {
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            base = "http://localhost:" + port;
            Map<String, String> settings = RunningNewsdesk.withHttp(work, port);
            settings.put("newsdesk.public-url", base);
            newsdesk = RunningNewsdesk.start(settings);
            RunningNewsdesk.dropNote(work, "lmec/06_lmec-roundtable-s1_experts.txt");
            ItemStore items = newsdesk.bean("itemStore", ItemStore.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> items.count("lmec", "pending") == 1);
            newsdesk.bean("editorControls", EditorControls.class).publishNow("lmec");
            chromium = Chromium.start();
        }
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
        if (newsdesk != null) {
            newsdesk.close();
            newsdesk = null;
        }
    }

    WebDriver driver() {
        return chromium.driver();
    }

    @Test
    @Order(1)
    void aReaderOpensTheArchiveAndAnIssue() {
        driver().get(base + "/p/lmec/");
        assertThat(driver().findElement(By.tagName("h1")).getText())
                .isEqualTo("Lancang-Mekong Environmental Cooperation Center Newsletter");
        assertThat(driver().findElement(By.cssSelector(".masthead .zh")).getText())
                .isEqualTo("澜沧江-湄公河环境合作中心");
        assertThat(Axe.seriousOrCritical(driver())).as("archive").isEmpty();
        chromium.screenshot(SCREENSHOTS.resolve("readers-archive.png"));
        chromium.clickToNextPage(
                By.linkText("Issue 1, " + java.time.LocalDate.now().getYear()));
        assertThat(driver().getCurrentUrl())
                .endsWith("/p/lmec/" + java.time.LocalDate.now().getYear() + "/1/");
        assertThat(driver().findElement(By.cssSelector(".issue-bar")).getText()).contains("as PDF");
        assertThat(driver().findElement(By.tagName("body")).getText()).contains("Roundtable");
        assertThat(Axe.violations(driver())).as("issue, any impact").isEmpty();
        chromium.screenshot(SCREENSHOTS.resolve("readers-issue.png"));
        Object type = ((JavascriptExecutor) driver())
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "fetch('issue.pdf').then(r => done(r.headers.get('content-type')));");
        assertThat(type).isEqualTo("application/pdf");
    }

    @Test
    @Order(2)
    void aReaderSubscribesAndConfirmsFromTheMail() throws Exception {
        driver().get(base + "/p/lmec/");
        driver().findElement(By.id("name")).sendKeys("李华");
        driver().findElement(By.id("address")).sendKeys(ADDRESS);
        chromium.clickToNextPage(By.xpath("//button[normalize-space()='Subscribe']"));
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Check your mail");
        assertThat(Axe.seriousOrCritical(driver())).as("check your mail").isEmpty();
        SubscriberStore subscribers = newsdesk.bean("subscriberStore", SubscriberStore.class);
        assertThat(subscribers.find("lmec", ADDRESS)).isEmpty();

        String link = ReaderPagesTest.link(awaitMail());
        driver().get(link);
        assertThat(Axe.seriousOrCritical(driver())).as("confirm").isEmpty();
        chromium.clickToNextPage(By.xpath("//button[starts-with(normalize-space(), 'Yes, send')]"));
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("You are subscribed");
        assertThat(subscribers.find("lmec", ADDRESS))
                .hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("李华"));
    }

    @Test
    @Order(3)
    void theReaderChangesTheirLanguageAndThenLeaves() {
        SubscriberStore subscribers = newsdesk.bean("subscriberStore", SubscriberStore.class);
        var reader = subscribers.find("lmec", ADDRESS).orElseThrow();
        String token = newsdesk.bean("unsubscribeTokens", org.newsdesk.deliver.UnsubscribeTokens.class)
                .tokenFor("lmec", reader.id(), reader.address());
        driver().get(base + "/p/preferences?t="
                + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(Axe.seriousOrCritical(driver())).as("preferences").isEmpty();
        new org.openqa.selenium.support.ui.Select(driver().findElement(By.id("language"))).selectByValue("zh");
        chromium.clickToNextPage(By.xpath("//button[normalize-space()='Save']"));
        assertThat(driver().findElement(By.cssSelector(".done")).getText()).isEqualTo("Saved.");
        assertThat(subscribers.find(reader.id()).orElseThrow().language()).isEqualTo("zh");
        chromium.screenshot(SCREENSHOTS.resolve("readers-preferences.png"));
        chromium.clickToNextPage(By.xpath("//button[starts-with(normalize-space(), 'Leave Lancang')]"));
        assertThat(driver().findElement(By.cssSelector(".done")).getText()).contains("You have left");
        assertThat(subscribers.find(reader.id()).orElseThrow().status()).isEqualTo("unsubscribed");
    }

    @Test
    @Order(4)
    void thePublicPagesFitAPhone() {
        chromium.phoneWidth();
        try {
            for (String page : new String[] {
                "/p/lmec/", "/p/lmec/" + java.time.LocalDate.now().getYear() + "/1/"
            }) {
                driver().get(base + page);
                Number overflow = (Number) ((JavascriptExecutor) driver())
                        .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
                assertThat(overflow.intValue())
                        .as(page + " wider than the phone")
                        .isLessThanOrEqualTo(0);
            }
        } finally {
            driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    private static jakarta.mail.internet.MimeMessage awaitMail() throws Exception {
        Path outbox = work.resolve("outbox");
        await().atMost(Duration.ofSeconds(10)).until(() -> !mails(outbox).isEmpty());
        return mails(outbox).get(0);
    }

    private static java.util.List<jakarta.mail.internet.MimeMessage> mails(Path outbox) throws Exception {
        java.util.List<jakarta.mail.internet.MimeMessage> found = new java.util.ArrayList<>();
        if (!java.nio.file.Files.isDirectory(outbox)) {
            return found;
        }
        try (var all = java.nio.file.Files.walk(outbox)) {
            for (Path p : all.filter(f -> f.toString().endsWith(".eml")).toList()) {
                try (var in = java.nio.file.Files.newInputStream(p)) {
                    var m = new jakarta.mail.internet.MimeMessage(
                            jakarta.mail.Session.getInstance(new java.util.Properties()), in);
                    if (m.getRecipients(jakarta.mail.Message.RecipientType.TO)[0]
                            .toString()
                            .contains(ADDRESS)) {
                        found.add(m);
                    }
                }
            }
        }
        return found;
    }
}
