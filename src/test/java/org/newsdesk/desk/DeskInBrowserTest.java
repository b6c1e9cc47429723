package org.newsdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.domain.Item;
import org.newsdesk.store.SubscriberStore;
import org.newsdesk.testing.Axe;
import org.newsdesk.testing.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The desk as an editor uses it, in a real headless Chromium: sign in, fix a held item and release it,
 * look at the next issue, publish it and watch the send, import subscribers, sign out. The tests run
 * in order, as one editor's morning.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeskInBrowserTest {

    static final Path SCREENSHOTS = Path.of("target/screenshots");

    @TempDir
    static Path work;

    static DeskWorld world;
    static Chromium chromium;
    static Item held;
    static String rightOrganization;

    @BeforeEach
    void browser() throws Exception {
        // here, not in @BeforeAll: a skipped @BeforeAll says nothing in the report (SUREFIRE-2300)
        Chromium.assumeInstalled();
        if (world == null) {
            world = new DeskWorld(work, Map.of());
            Item read = world.read("lmec/06_lmec-roundtable-s1_experts.txt");
            rightOrganization = read.speakers().get(0).organization();
            held = world.heldWithWrongOrganization(read, "Mekong");
            chromium = Chromium.start();
        }
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
        if (world != null) {
            world.close();
            world = null;
        }
    }

    WebDriver driver() {
        return chromium.driver();
    }

    void open(String path) {
        driver().get(world.base + path);
    }

    /** A wait that reads the live ledger: the page replaces it every 2 s, so an element may go stale. */
    WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver(), Duration.ofSeconds(30));
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }

    @Test
    @Order(1)
    void anEditorSignsInAfterAWrongPassword() {
        open("/desk/");
        assertThat(driver().getCurrentUrl()).endsWith("/desk/login");
        driver().findElement(By.id("name")).sendKeys(DeskWorld.EDITOR);
        driver().findElement(By.id("password")).sendKeys("not it at all");
        chromium.clickToNextPage(By.cssSelector("form.login button"));
        assertThat(driver().findElement(By.cssSelector(".error")).getText())
                .contains("The name or the password is not right.");
        driver().findElement(By.id("name")).clear();
        driver().findElement(By.id("name")).sendKeys(DeskWorld.EDITOR);
        driver().findElement(By.id("password")).sendKeys(DeskWorld.PASSWORD);
        chromium.clickToNextPage(By.cssSelector("form.login button"));
        assertThat(driver().getCurrentUrl()).endsWith("/desk/review");
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Review queue");
        assertThat(driver().findElement(By.cssSelector(".queue")).getText()).contains("organization-uncertain");
    }

    @Test
    @Order(2)
    void theEditorFixesTheWrongOrganisationAndReleasesTheItem() throws Exception {
        open("/desk/review");
        chromium.clickToNextPage(By.linkText(held.title()));
        WebElement organization = driver().findElement(By.id("s0-organization"));
        assertThat(organization.getAttribute("value")).isEqualTo("Mekong");
        // the note beside the form shows where the speaker came from
        assertThat(driver().findElement(By.cssSelector(".lines")).getText()).contains("speaker 1 name");
        chromium.screenshot(SCREENSHOTS.resolve("desk-review-item.png"));
        organization.clear();
        organization.sendKeys(rightOrganization);
        chromium.clickToNextPage(By.cssSelector("button[value=save]"));
        assertThat(driver().findElement(By.cssSelector(".flash")).getText()).contains("Saved (1 change)");
        assertThat(driver().findElement(By.cssSelector(".audit")).getText())
                .contains("saved by " + DeskWorld.EDITOR, "speakers[0].organization");
        assertThat(world.items().find(held.id()).orElseThrow().speakers().get(0).organization())
                .isEqualTo(rightOrganization);
        chromium.clickToNextPage(By.xpath("//button[normalize-space()='Release to the next issue']"));
        assertThat(driver().findElement(By.cssSelector(".flash")).getText()).contains("Released");
        assertThat(world.items().statusOf(held.id())).hasValue("pending");
    }

    @Test
    @Order(3)
    void theNextIssueShowsTheReleasedItemInItsPreview() {
        open("/desk/next/lmec");
        assertThat(driver().findElement(By.cssSelector(".events")).getText()).contains(held.title());
        WebElement frame = driver().findElement(By.cssSelector("iframe.preview"));
        driver().switchTo().frame(frame);
        try {
            waiting().until(d -> d.findElement(By.tagName("body")).getText().contains(rightOrganization));
        } finally {
            driver().switchTo().defaultContent();
        }
        String pdfType = (String) ((JavascriptExecutor) driver())
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "fetch('/desk/next/lmec/preview/pdf').then(r => done(r.headers.get('content-type')));");
        assertThat(pdfType).isEqualTo("application/pdf");
    }

    @Test
    @Order(4)
    void publishingAfterTheConfirmationSendsToEverySubscriberAndTheSendReachesAllOfThem() throws Exception {
        int subscribers = world.newsdesk
                .bean("subscriberStore", SubscriberStore.class)
                .active("lmec")
                .size();
        open("/desk/next/lmec");
        chromium.clickToNextPage(By.xpath("//button[starts-with(normalize-space(), 'Publish')]"));
        String confirm = driver().findElement(By.tagName("main")).getText();
        assertThat(confirm).contains(subscribers + " subscribers").containsPattern("Issue \\d+");
        chromium.clickToNextPage(By.xpath("//button[starts-with(normalize-space(), 'Yes, publish')]"));
        waiting().until(d -> d.getCurrentUrl().contains("/desk/issues/lmec-"));
        waiting().until(d -> d.findElement(By.cssSelector(".percent")).getText().equals("100 %"));
        waiting()
                .until(d ->
                        d.findElement(By.cssSelector(".counts .sent")).getText().equals(Integer.toString(subscribers)));
        chromium.screenshot(SCREENSHOTS.resolve("desk-send.png"));
        try (Stream<Path> mails = Files.walk(work.resolve("outbox"))) {
            assertThat(mails.filter(p -> p.toString().endsWith(".eml")).count()).isEqualTo(subscribers);
        }
        assertThat(world.items().statusOf(held.id())).hasValue("published");
    }

    @Test
    @Order(5)
    void importingSubscribersTellsWhichRowWasRefusedAndWhy() throws Exception {
        Path csv = work.resolve("new-readers.csv");
        Files.writeString(
                csv,
                "name,address,language\nAnna Bauer,anna.bauer@example.org,en\nNo Address,not-an-address,en\n"
                        + "李华,li.hua@example.com,zh\n");
        open("/desk/subscribers/lmec");
        driver().findElement(By.id("csv")).sendKeys(csv.toAbsolutePath().toString());
        chromium.clickToNextPage(By.xpath("//button[normalize-space()='Import']"));
        String result = driver().findElement(By.cssSelector(".imported")).getText();
        assertThat(result).contains("2 added", "line 3");
        driver().findElement(By.id("q")).sendKeys("李");
        chromium.clickToNextPage(By.xpath("//button[normalize-space()='Search']"));
        assertThat(driver().findElement(By.tagName("tbody")).getText()).contains("李华", "li.hua@example.com");
    }

    @Test
    @Order(6)
    void aFormPostedWithoutTheTokenIsRefusedEvenFromASignedInBrowser() {
        open("/desk/next/lmec");
        Object status = ((JavascriptExecutor) driver())
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "fetch('/desk/next/lmec/hold', {method: 'POST', headers: {'Content-Type':"
                        + " 'application/x-www-form-urlencoded'}, body: ''}).then(r => done(r.status));");
        assertThat(((Number) status).intValue()).isEqualTo(403);
        assertThat(world.newsdesk.bean("holds", org.newsdesk.store.Holds.class).held("lmec"))
                .isFalse();
    }

    @Test
    @Order(7)
    void theMainPagesHaveNoSeriousAccessibilityProblemAndFitAPhone() {
        String issuePage = "/desk/issues?publication=lmec";
        for (String page : List.of("/desk/review", "/desk/next/lmec", issuePage, "/desk/subscribers/lmec")) {
            open(page);
            assertThat(Axe.seriousOrCritical(driver())).as(page).isEmpty();
        }
        open(issuePage);
        chromium.clickToNextPage(By.cssSelector("tbody a"));
        assertThat(Axe.seriousOrCritical(driver())).as("issue page").isEmpty();
        chromium.phoneWidth();
        try {
            for (String page : List.of("/desk/review", "/desk/next/lmec", "/desk/subscribers/lmec")) {
                open(page);
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

    @Test
    @Order(8)
    void signingOutLeavesNoWayBackWithoutSigningIn() {
        open("/desk/review");
        chromium.clickToNextPage(By.xpath("//button[normalize-space()='Sign out']"));
        assertThat(driver().findElement(By.cssSelector(".flash")).getText()).contains("signed out");
        open("/desk/review");
        assertThat(driver().getCurrentUrl()).endsWith("/desk/login");
        assertThat(Axe.seriousOrCritical(driver())).as("sign-in page").isEmpty();
    }
}
