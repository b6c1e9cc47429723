package org.newsdesk.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.NewsdeskConfiguration;
import org.newsdesk.cli.Workspace;

/** Every bean the route files call is one the composition root makes, under the name the file uses. */
class RouteBeansTest {

    private static final Pattern REFERENCE = Pattern.compile(
            "^\\s*(?:(?:ref|idempotentRepository):\\s*\"?|[A-Za-z]+:\\s*\"#)([A-Za-z][A-Za-z0-9]*)\"?\\s*$",
            Pattern.MULTILINE);

    @Test
    void everyBeanARouteCallsIsBoundByTheCompositionRoot(@TempDir Path work) throws Exception {
        Set<String> called = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("routes"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".camel.yaml")).toList()) {
                Matcher m = REFERENCE.matcher(Files.readString(file));
                while (m.find()) {
                    called.add(m.group(1));
                }
            }
        }
        assertThat(called)
                .as("beans named in routes/*.camel.yaml")
                .contains("noteReader", "deliveryService", "editorControls", "inboxEntries");

        Main main = Workspace.main(
                Path.of("").toAbsolutePath(),
                Workspace.withoutServer(Map.of("newsdesk.work-dir", work.toString(), "newsdesk.db.url", "")),
                false);
        main.start();
        try {
            NewsdeskConfiguration root = Workspace.root(main);
            assertThat(root.named().keySet()).containsAll(called);
            assertThat(Workspace.newsdesk(main).editor()).isSameAs(root.named().get("editorControls"));
            assertThat(main.getCamelContext().getRoutes())
                    .as("a command without routes runs none, whatever the files hold")
                    .isEmpty();
        } finally {
            main.stop();
        }
    }
}
