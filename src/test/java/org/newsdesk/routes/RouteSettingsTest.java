package org.newsdesk.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every setting a shipped route reads is in config/application.properties, explained by a comment
 * above it: an operator finds what a route depends on in one file, never only in Java.
 */
class RouteSettingsTest {

    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\{\\{!?([A-Za-z0-9_.-]+)}}|\\$\\{properties:([A-Za-z0-9_.-]+)");

    /** Parameters of route templates, given when a route is made from the template, not settings. */
    private static final Set<String> TEMPLATE_PARAMETERS = Set.of("publication", "cron", "timeZone");

    @Test
    void everySettingARouteReadsIsInThePropertiesFileWithAComment() throws IOException {
        Set<String> read = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("routes"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".camel.yaml")).toList()) {
                Matcher m = PLACEHOLDER.matcher(Files.readString(file));
                while (m.find()) {
                    read.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        read.removeAll(TEMPLATE_PARAMETERS);
        assertThat(read).contains("newsdesk.inbox-dir", "newsdesk.routes.intake", "camel.server.enabled");

        List<String> lines = Files.readAllLines(Path.of("config/application.properties"));
        for (String key : read) {
            int at = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).matches(Pattern.quote(key) + "\\s*=.*")) {
                    at = i;
                }
            }
            assertThat(at).as(key + " is set in config/application.properties").isNotNegative();
            boolean explained = false;
            for (int i = at - 1; i >= 0 && !lines.get(i).isBlank(); i--) {
                explained |= lines.get(i).startsWith("#");
            }
            assertThat(explained)
                    .as(key + " has a comment above it in its block")
                    .isTrue();
        }
    }
}
