package org.newsdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouteFileCheckTest {

    private static final RouteFileCheck CHECK = new RouteFileCheck();

    @Test
    void theShippedRouteFilesPass() throws Exception {
        try (var files = Files.list(Path.of("routes"))) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".camel.yaml")).toList()) {
                assertThat(CHECK.check(f.getFileName().toString(), Files.readString(f)))
                        .as(f.toString())
                        .isEmpty();
            }
        }
    }

    @Test
    void brokenYamlNamesTheLine() {
        String text = """
                - route:
                    id: probe
                    from:
                      uri: direct:probe
                      steps:
                        - setBody:
                            constant: "unclosed
                """;
        List<RouteFileProblem> problems = CHECK.check("probe.camel.yaml", text);
        assertThat(problems).hasSize(1);
        // the line the quote opens on, not the end of the file where the parser noticed
        assertThat(problems.get(0).line()).isEqualTo(7);
        assertThat(problems.get(0).toString())
                .startsWith("probe.camel.yaml, line ")
                .contains("not valid YAML");
    }

    @Test
    void aStepTheDslDoesNotKnowNamesItsLine() {
        String text = """
                - route:
                    id: probe
                    from:
                      uri: direct:probe
                      steps:
                        - setBody:
                            constant: v1
                        - sendTo:
                            uri: log:x
                """;
        List<RouteFileProblem> problems = CHECK.check("probe.camel.yaml", text);
        assertThat(problems).isNotEmpty();
        assertThat(problems.get(0).line()).isEqualTo(8);
        assertThat(problems.get(0).message()).contains("sendTo");
    }

    @Test
    void aPropertyPlaceholderWhereTheDslWantsABooleanPasses() {
        String text = """
                - route:
                    id: probe
                    autoStartup: "{{probe.enabled}}"
                    from:
                      uri: direct:probe
                      steps:
                        - setBody:
                            constant: v1
                """;
        assertThat(CHECK.check("probe.camel.yaml", text)).isEmpty();
        assertThat(CHECK.check("probe.camel.yaml", text.replace("\"{{probe.enabled}}\"", "sometimes")))
                .isNotEmpty();
    }
}
