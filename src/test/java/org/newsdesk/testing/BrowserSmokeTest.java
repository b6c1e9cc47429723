package org.newsdesk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The browser-test tools work on this machine: the installed Chromium opens pages from a local server, axe finds
 * accessibility faults where there are some and none where there are none, screenshots are written, and the window
 * narrows to a phone's.
 */
class BrowserSmokeTest {

    private static final String ACCESSIBLE_PAGE = """
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Subscribe to the newsletter</title>
            </head>
            <body>
              <main>
                <h1>Subscribe to the newsletter</h1>
                <form action="/subscribe" method="post">
                  <label for="email">Email address</label>
                  <input id="email" name="email" type="email" autocomplete="email">
                  <button type="submit">Subscribe</button>
                </form>
              </main>
            </body>
            </html>
            """;

    /** An image link with neither alt text nor link text, and an input with no label. */
    private static final String FAULTY_PAGE = """
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>Latest issue</title>
            </head>
            <body>
              <main>
                <h1>Latest issue</h1>
                <a id="cover-link" href="/issues/42"><img id="cover" src="/cover.png" width="120" height="80"></a>
                <form action="/search">
                  <input id="query" name="q" type="text">
                  <button type="submit">Search</button>
                </form>
              </main>
            </body>
            </html>
            """;

    private static final Map<String, String> PAGES = Map.of("/accessible", ACCESSIBLE_PAGE, "/faulty", FAULTY_PAGE);

    private static HttpServer server;
    private static Chromium browser;

    /**
     * The first test starts the server and the browser, and the others share them. The check is made before each
     * test rather than in {@code @BeforeAll} so that a machine without Chromium reports each test skipped, with the
     * reason (see {@link Chromium#assumeInstalled()}).
     */
    @BeforeEach
    void serverAndBrowserAtDesktopSize() throws IOException {
        Chromium.assumeInstalled();
        if (server == null) {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", BrowserSmokeTest::serve);
            server.start();
        }
        if (browser == null) {
            browser = Chromium.start();
        }
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }

    @AfterAll
    static void stopServerAndBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    @Test
    void axeFindsNoSeriousProblemOnAnAccessiblePage() {
        open("/accessible");

        assertThat(browser.driver().getTitle()).isEqualTo("Subscribe to the newsletter");
        assertThat(Axe.seriousOrCritical(browser.driver())).isEmpty();
    }

    @Test
    void axeReportsAnImageLinkWithoutText() {
        open("/faulty");

        List<Axe.Violation> violations = Axe.seriousOrCritical(browser.driver());

        assertThat(violations)
                .as("violations: %s", violations)
                .anySatisfy(v -> {
                    assertThat(v.id()).isEqualTo("image-alt");
                    assertThat(v.targets()).containsExactly("#cover");
                })
                .anySatisfy(v -> {
                    assertThat(v.id()).isEqualTo("link-name");
                    assertThat(v.targets()).containsExactly("#cover-link");
                });
    }

    @Test
    void axeReportsAnInputWithoutALabel() {
        open("/faulty");

        List<Axe.Violation> violations = Axe.seriousOrCritical(browser.driver());

        assertThat(violations).as("violations: %s", violations).anySatisfy(v -> {
            assertThat(v.id()).isEqualTo("label");
            assertThat(v.impact()).isEqualTo("critical");
            assertThat(v.targets()).containsExactly("#query");
            assertThat(v.toString()).contains("label (critical)", "#query");
        });
    }

    @Test
    void aScreenshotIsWrittenAsAPng() throws IOException {
        open("/accessible");

        Path file = browser.screenshot(
                Path.of(System.getProperty("java.io.tmpdir"), "screenshots", "browser-smoke-accessible.png"));

        byte[] png = Files.readAllBytes(file);
        assertThat(png.length).isGreaterThan(1000);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
    }

    @Test
    void theHeadingStaysInViewAtPhoneWidth() {
        open("/accessible");

        browser.phoneWidth();

        Number viewport = (Number) browser.driver().executeScript("return window.innerWidth;");
        assertThat(viewport.intValue()).isEqualTo(390);
        WebElement heading = browser.driver().findElement(By.tagName("h1"));
        assertThat(heading.isDisplayed()).isTrue();
        assertThat(heading.getText()).isEqualTo("Subscribe to the newsletter");
        assertThat(heading.getRect().getX() + heading.getRect().getWidth()).isLessThanOrEqualTo(viewport.intValue());
    }

    private static void open(String path) {
        browser.driver().get("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static void serve(HttpExchange exchange) throws IOException {
        String page = PAGES.get(exchange.getRequestURI().getPath());
        try {
            byte[] body = (page == null ? "not found" : page).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders()
                    .set("Content-Type", page == null ? "text/plain; charset=utf-8" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } finally {
            exchange.close();
        }
    }
}
