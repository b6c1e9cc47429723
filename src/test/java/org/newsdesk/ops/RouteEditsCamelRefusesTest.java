package org.newsdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.shared.Json;
import org.newsdesk.store.ItemStore;
import org.newsdesk.testing.RunningNewsdesk;
import org.newsdesk.testing.StandardErrorLog;

/**
 * An operator saves route files that pass the schema but that Camel cannot load (a bean that does not
 * exist, an unknown URI scheme, a duplicate id, an unknown setting, an id another file uses): each is
 * rejected with the file, the line and what to write, the running routes stay exactly as they were and
 * keep consuming, and {@code routes-reload} is down with that message until the file is fixed.
 */
class RouteEditsCamelRefusesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final List<String> INTAKE_ROUTES = List.of("intake-folder", "read-note");

    @TempDir
    Path work;

    @Test
    void aRouteEditCamelCannotLoadIsRejectedAndTheRunningRoutesStayAsTheyWere() throws Exception {
        Path routes = copyOfTheShippedRoutes();
        Path intake = routes.resolve("intake.camel.yaml");
        String original = Files.readString(intake);
        Map<String, String> settings = HttpOperationsTest.withServer(work, "token");
        settings.put("camel.main.routes-include-pattern", "file:" + routes + "/*.camel.yaml");
        settings.put("newsdesk.routes-dir", routes.toString());

        try (StandardErrorLog log = new StandardErrorLog();
                RunningNewsdesk newsdesk = RunningNewsdesk.start(settings)) {
            CamelContext context = newsdesk.context();
            RouteFileWatcher watcher = newsdesk.bean("routeFileWatcher", RouteFileWatcher.class);
            String health =
                    "http://localhost:" + HttpOperationsTest.port(newsdesk) + "/observe/health?exposureLevel=full";
            int routeCount = context.getRoutes().size();
            assertThat(routesReload(health)).startsWith("UP");

            record Edit(String what, String text, int line, String says) {}
            List<Edit> edits = List.of(
                    new Edit(
                            "a bean that does not exist",
                            original.replaceFirst("ref: inboxFiles", "ref: inboxFilez"),
                            lineOf(original, "ref: inboxFiles"),
                            "no bean is called 'inboxFilez'"),
                    new Edit(
                            "an unknown URI scheme",
                            original.replace("uri: direct:read-note", "uri: dirct:read-note"),
                            lineOf(original, "uri: direct:read-note"),
                            "no component for the URI scheme 'dirct'"),
                    new Edit(
                            "a duplicate id in the file",
                            original.replace("    id: read-note\n", "    id: intake-folder\n"),
                            lineOf(original, "    id: read-note"),
                            "the route id 'intake-folder' is used twice in this file"),
                    new Edit(
                            "an unknown setting",
                            original.replace("{{newsdesk.intake.poll-millis}}", "{{newsdesk.intake.poll-milis}}"),
                            lineOf(original, "{{newsdesk.intake.poll-millis}}"),
                            "no setting is called 'newsdesk.intake.poll-milis'"));
            for (Edit edit : edits) {
                int before = watcher.rejections().size();
                Files.writeString(intake, edit.text());
                await(edit.what())
                        .atMost(PATIENCE)
                        .until(() -> watcher.rejections().size() > before);
                RouteFileProblem problem = watcher.rejections().get(before);
                assertThat(problem.file()).as(edit.what()).isEqualTo("routes/intake.camel.yaml");
                assertThat(problem.line()).as(edit.what()).isEqualTo(edit.line());
                assertThat(problem.message()).as(edit.what()).contains(edit.says());
                assertThat(log.text())
                        .as(edit.what())
                        .contains("Route file routes/intake.camel.yaml rejected, line " + edit.line() + ": "
                                + edit.says());
                for (String id : INTAKE_ROUTES) {
                    assertThat(context.getRouteController().getRouteStatus(id))
                            .as(edit.what() + ": " + id)
                            .isEqualTo(ServiceStatus.Started);
                }
                assertThat(context.getRoutes()).as(edit.what()).hasSize(routeCount);
                assertThat(routesReload(health))
                        .as(edit.what())
                        .startsWith("DOWN")
                        .contains("intake.camel.yaml, line " + edit.line() + ": " + edit.says())
                        .contains("(route files in routes;");
            }

            // the routes that kept running still read notes
            ItemStore items = newsdesk.bean("itemStore", ItemStore.class);
            RunningNewsdesk.dropNote(work, "china-asean/01_sscc-forum_2021-09-15_part1.md");
            await().atMost(PATIENCE).until(() -> items.count("china-asean", "pending") == 1);

            // fixed: loaded, and the check is up again
            Files.writeString(intake, original + "\n# checked by an operator\n");
            await().atMost(PATIENCE).until(() -> watcher.reloaded().contains("routes/intake.camel.yaml"));
            assertThat(routesReload(health)).startsWith("UP");
            assertThat(context.getRoutes()).hasSize(routeCount);

            // the files of the REST pages and of the shared error handling pass the same check
            int rejected = watcher.rejections().size();
            for (String file : List.of("desk.camel.yaml", "editor.camel.yaml", "errors.camel.yaml")) {
                Path f = routes.resolve(file);
                Files.writeString(f, Files.readString(f) + "\n# checked by an operator\n");
                await(file).atMost(PATIENCE).until(() -> watcher.reloaded().contains("routes/" + file));
            }
            assertThat(watcher.rejections()).hasSize(rejected);
            assertThat(context.getRoutes()).hasSize(routeCount);
            assertThat(HttpOperationsTest.call("GET", health.replace("?exposureLevel=full", ""), null, null)
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void aNewFileReusingAnotherFilesRouteIdIsRejectedAndReplacesNothing() throws Exception {
        Path routes = copyOfTheShippedRoutes();
        Map<String, String> settings = RunningNewsdesk.quiet(work);
        settings.put("newsdesk.schedule.enabled", "false");
        settings.put("camel.main.routes-include-pattern", "file:" + routes + "/*.camel.yaml");
        settings.put("newsdesk.routes-dir", routes.toString());

        try (RunningNewsdesk newsdesk = RunningNewsdesk.start(settings)) {
            CamelContext context = newsdesk.context();
            RouteFileWatcher watcher = newsdesk.bean("routeFileWatcher", RouteFileWatcher.class);
            String deliverDueFrom = context.getRoute("deliver-due").getSourceLocation();
            Path extra = routes.resolve("extra.camel.yaml");
            Files.writeString(extra, """
                    - route:
                        id: extra-tick
                        from:
                          id: extra-tick-in
                          uri: direct:extra-tick
                          steps:
                            - log:
                                id: extra-tick-log
                                message: tick
                    - route:
                        id: deliver-due
                        from:
                          id: extra-due-in
                          uri: direct:extra-due
                          steps:
                            - log:
                                id: extra-due-log
                                message: nothing is sent here
                    """);
            await().atMost(PATIENCE).until(() -> !watcher.rejections().isEmpty());
            RouteFileProblem problem = watcher.rejections().get(0);
            assertThat(problem.file()).isEqualTo("routes/extra.camel.yaml");
            assertThat(problem.line()).isEqualTo(11);
            assertThat(problem.message())
                    .contains("the route id 'deliver-due' is already used by a route of routes/deliver.camel.yaml");
            assertThat(context.getRoute("deliver-due").getSourceLocation()).isEqualTo(deliverDueFrom);
            assertThat(context.getRouteController().getRouteStatus("deliver-due"))
                    .isEqualTo(ServiceStatus.Started);
            // all or nothing: the file's other route is not loaded either
            assertThat(context.getRoute("extra-tick")).isNull();
            assertThat(watcher.outstanding()).containsKey("routes/extra.camel.yaml");
        }
    }

    @Test
    void aSoundSaveQuicklyFollowedByABrokenOneEndsWithTheSoundOneRunning() throws Exception {
        Path routes = copyOfTheShippedRoutes();
        Path probe = routes.resolve("probe.camel.yaml");
        Files.writeString(probe, probe("v1", "direct"));
        Map<String, String> settings = RunningNewsdesk.quiet(work);
        settings.put("newsdesk.schedule.enabled", "false");
        settings.put("camel.main.routes-include-pattern", "file:" + routes + "/*.camel.yaml");
        settings.put("newsdesk.routes-dir", routes.toString());

        try (RunningNewsdesk newsdesk = RunningNewsdesk.start(settings)) {
            ProducerTemplate producer = newsdesk.context().createProducerTemplate();
            RouteFileWatcher watcher = newsdesk.bean("routeFileWatcher", RouteFileWatcher.class);
            assertThat(producer.requestBody("direct:probe", "", String.class)).isEqualTo("v1");

            int read = watcher.versionsRead().size();
            long saved = System.nanoTime();
            Files.writeString(probe, probe("v2", "direct"));
            // the second save comes 0.5 s after the first, or as soon after it as the first has been read
            await().atMost(PATIENCE).until(() -> watcher.versionsRead().size() > read);
            long left = Duration.ofMillis(500).toNanos() - (System.nanoTime() - saved);
            if (left > 0) {
                java.util.concurrent.TimeUnit.NANOSECONDS.sleep(left);
            }
            Files.writeString(probe, probe("v3", "dirct"));

            await().atMost(PATIENCE).until(() -> !watcher.rejections().isEmpty());
            assertThat(watcher.rejections().get(0).message()).contains("dirct");
            assertThat(watcher.reloaded()).containsExactly("routes/probe.camel.yaml");
            assertThat(producer.requestBody("direct:probe", "", String.class)).isEqualTo("v2");
            assertThat(newsdesk.context().getRoute("probe").getEndpoint().getEndpointUri())
                    .isEqualTo("direct://probe");
        }
    }

    private static String probe(String reply, String scheme) {
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
                        - to:
                            id: probe-out
                            uri: %s:probe-sink
                - route:
                    id: probe-sink
                    from:
                      id: probe-sink-in
                      uri: direct:probe-sink
                      steps:
                        - log:
                            id: probe-sink-log
                            message: "${body}"
                """.formatted(reply, scheme);
    }

    private Path copyOfTheShippedRoutes() throws Exception {
        Path routes = work.resolve("routes");
        Files.createDirectories(routes);
        try (var shipped = Files.list(RunningNewsdesk.HOME.resolve("routes"))) {
            for (Path f : shipped.toList()) {
                Files.copy(f, routes.resolve(f.getFileName()));
            }
        }
        return routes;
    }

    private static int lineOf(String text, String token) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(token)) {
                return i + 1;
            }
        }
        throw new AssertionError(token + " is not in the file");
    }

    /** The routes-reload check of the full health answer: its status and message. */
    private static String routesReload(String url) throws Exception {
        JsonNode all = Json.mapper()
                .readTree(HttpOperationsTest.call("GET", url, null, null).body());
        for (JsonNode check : all.path("checks")) {
            if ("routes-reload".equals(check.path("name").asText())) {
                // Camel's health endpoint writes each "/" of a message as "\/" inside the JSON string
                // (escaped twice); read it as a person reads it
                return check.path("status").asText() + " "
                        + check.path("message").asText().replace("\\/", "/");
            }
        }
        throw new AssertionError("no routes-reload check in " + all);
    }
}
