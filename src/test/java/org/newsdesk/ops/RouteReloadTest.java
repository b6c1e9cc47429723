package org.newsdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.testing.RunningNewsdesk;

/** An operator saves route files while the service runs: broken ones are rejected, sound ones picked up. */
class RouteReloadTest {

    @TempDir
    Path work;

    private static String probe(String reply) {
        return """
                - route:
                    id: probe
                    from:
                      id: probe-in
                      uri: direct:probe
                      steps:
                        - setBody:
                            id: probe-reply
                            constant: "%s"
                """.formatted(reply);
    }

    @Test
    void aBrokenRouteFileIsRejectedWithItsLineAndTheRunningRoutesKeepRunning() throws Exception {
        Path routes = work.resolve("routes");
        Files.createDirectories(routes);
        try (var shipped = Files.list(RunningNewsdesk.HOME.resolve("routes"))) {
            for (Path f : shipped.toList()) {
                Files.copy(f, routes.resolve(f.getFileName()));
            }
        }
        Path probeFile = routes.resolve("probe.camel.yaml");
        Files.writeString(probeFile, probe("v1"));
        Map<String, String> settings = RunningNewsdesk.quiet(work);
        settings.put("camel.main.routes-include-pattern", "file:" + routes + "/*.camel.yaml");
        settings.put("newsdesk.routes-dir", routes.toString());

        try (RunningNewsdesk newsdesk = RunningNewsdesk.start(settings)) {
            ProducerTemplate producer = newsdesk.context().createProducerTemplate();
            RouteFileWatcher watcher = newsdesk.bean("routeFileWatcher", RouteFileWatcher.class);
            assertThat(producer.requestBody("direct:probe", "", String.class)).isEqualTo("v1");
            int routeCount = newsdesk.context().getRoutes().size();

            // 1. not YAML: an unclosed quote
            Files.writeString(probeFile, probe("v2").replace("\"v2\"", "\"v2"));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> watcher.rejections().size() == 1);
            RouteFileProblem yaml = watcher.rejections().get(0);
            assertThat(yaml.file()).isEqualTo("routes/probe.camel.yaml");
            assertThat(yaml.line()).isEqualTo(9);
            assertThat(yaml.message()).contains("not valid YAML");
            assertThat(producer.requestBody("direct:probe", "", String.class)).isEqualTo("v1");

            // 2. YAML, but not the DSL: a step Camel does not know, on line 10
            Files.writeString(probeFile, probe("v3") + "        - sendTo:\n            uri: log:probe\n");
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> watcher.rejections().size() > 1);
            RouteFileProblem dsl = watcher.rejections().get(1);
            assertThat(dsl.line()).isEqualTo(10);
            assertThat(dsl.message()).contains("sendTo");
            assertThat(producer.requestBody("direct:probe", "", String.class)).isEqualTo("v1");
            assertThat(newsdesk.context().getRoutes()).hasSize(routeCount);
            assertThat(newsdesk.context()
                            .getRouteController()
                            .getRouteStatus("intake-folder")
                            .isStarted())
                    .isTrue();

            // 3. fixed: picked up without a restart
            Files.writeString(probeFile, probe("v4"));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> "v4".equals(producer.requestBody("direct:probe", "", String.class)));
            assertThat(watcher.reloaded()).containsExactly("routes/probe.camel.yaml");
            assertThat(newsdesk.context().getRoutes()).hasSize(routeCount);

            // 4. a file with a route template (the schedules') reloads too; the schedule routes made from it stay
            Path publish = routes.resolve("publish.camel.yaml");
            Files.writeString(publish, Files.readString(publish) + "\n# edited by an operator\n");
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> watcher.reloaded().contains("routes/publish.camel.yaml"));
            assertThat(newsdesk.context()
                            .getRouteController()
                            .getRouteStatus("publish-issue")
                            .isStarted())
                    .isTrue();
            assertThat(newsdesk.context()
                            .getRouteController()
                            .getRouteStatus("publish-schedule-lmec")
                            .isStarted())
                    .isTrue();
            assertThat(newsdesk.context().getRoutes()).hasSize(routeCount);
        }
    }
}
