package org.newsdesk.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Camel component a route file uses (shipped or recipe) is a dependency of its own in pom.xml.
 * The tests' class path holds more than the launcher's (test libraries bring components along), so a
 * component missing from the pom would pass every route test and still fail {@code ./newsdesk run}.
 */
class RouteComponentsTest {

    private static final Pattern URI = Pattern.compile("^\\s*(?:uri|to):\\s*\"?([a-z][a-z0-9+-]*):", Pattern.MULTILINE);

    /** Schemes served by an artifact of another name. */
    private static final Map<String, String> ARTIFACT_OF = Map.of(
            "platform-http",
            "camel-platform-http-main",
            "imap",
            "camel-mail",
            "imaps",
            "camel-mail",
            "smtp",
            "camel-mail",
            "smtps",
            "camel-mail",
            "https",
            "camel-http");

    @Test
    void everyComponentARouteUsesIsDeclaredInThePom() throws IOException {
        Set<String> artifacts = new TreeSet<>();
        for (Path folder : new Path[] {Path.of("routes"), Path.of("docs/recipes")}) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".camel.yaml")).toList()) {
                    String text = Files.readString(file);
                    Matcher m = URI.matcher(text);
                    while (m.find()) {
                        artifacts.add(ARTIFACT_OF.getOrDefault(m.group(1), "camel-" + m.group(1)));
                    }
                    if (text.contains("- rest:")) {
                        artifacts.add("camel-rest");
                    }
                }
            }
        }
        // the mailbox route's scheme is a setting (imaps or imap)
        artifacts.add("camel-mail");
        assertThat(artifacts).contains("camel-file", "camel-quartz", "camel-rest");

        String pom = Files.readString(Path.of("pom.xml"));
        for (String artifact : artifacts) {
            assertThat(pom)
                    .as(artifact + " is declared in pom.xml")
                    .contains("<artifactId>" + artifact + "</artifactId>");
        }
    }
}
