package org.newsdesk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core, the accessibility engine, on the page a browser shows. The script is the vendored one in
 * {@code src/test/resources/vendor/axe-core/} (see its README): nothing is fetched.
 */
public final class Axe {

    private static final String SCRIPT = "/vendor/axe-core/axe.min.js";
    private static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']})
                .then(function (results) { done(JSON.stringify(results.violations)); })
                .catch(function (error) { done('axe failed: ' + error); });
            """;

    private static volatile String source;

    private Axe() {}

    /**
     * One rule the page breaks: axe's rule id, its impact, what it asks for and the CSS selectors of the elements
     * that break it.
     */
    public record Violation(String id, String impact, String help, List<String> targets) {

        @Override
        public String toString() {
            return id + " (" + impact + "): " + help + " at " + String.join(", ", targets);
        }
    }

    /** The violations on the current page whose impact is "serious" or "critical". */
    public static List<Violation> seriousOrCritical(WebDriver driver) {
        return violations(driver).stream()
                .filter(v -> "serious".equals(v.impact()) || "critical".equals(v.impact()))
                .collect(Collectors.toList());
    }

    /** All the violations axe finds on the current page, whatever their impact. */
    public static List<Violation> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(source());
        }
        WebDriver.Timeouts timeouts = driver.manage().timeouts();
        Duration before = timeouts.getScriptTimeout();
        timeouts.scriptTimeout(SCRIPT_TIMEOUT);
        Object answer;
        try {
            answer = js.executeAsyncScript(RUN);
        } finally {
            timeouts.scriptTimeout(before);
        }
        if (!(answer instanceof String text) || !text.startsWith("[")) {
            throw new IllegalStateException("axe did not run on " + driver.getCurrentUrl() + ": " + answer);
        }
        return parse(text);
    }

    static List<Violation> parse(String json) {
        try {
            List<Violation> violations = new ArrayList<>();
            for (JsonNode v : JSON.readTree(json)) {
                List<String> targets = new ArrayList<>();
                for (JsonNode node : v.path("nodes")) {
                    targets.add(selector(node.path("target")));
                }
                violations.add(new Violation(
                        v.path("id").asText(),
                        v.path("impact").asText(null),
                        v.path("help").asText(),
                        targets));
            }
            return violations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An element's selector: axe gives a list, one step per frame, and a step inside shadow DOM is itself a list
     * (host first); both are joined with " >>> ".
     */
    private static String selector(JsonNode target) {
        if (!target.isArray()) {
            return target.asText();
        }
        List<String> steps = new ArrayList<>();
        for (JsonNode step : target) {
            steps.add(selector(step));
        }
        return String.join(" >>> ", steps);
    }

    private static String source() {
        String s = source;
        if (s == null) {
            try (InputStream in = Axe.class.getResourceAsStream(SCRIPT)) {
                if (in == null) {
                    throw new IllegalStateException(SCRIPT + " is not on the test class path");
                }
                s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            source = s;
        }
        return s;
    }
}
