package org.newsdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Warning;
import org.newsdesk.store.ItemStore;
import org.newsdesk.testing.RunningNewsdesk;

/** Health, metrics and the editor controls over HTTP, on one random port, as `./newsdesk run` serves them. */
class HttpOperationsTest {

    private static final String TOKEN = "editor-test-token";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path work;

    static RunningNewsdesk newsdesk;
    static String base;

    @BeforeAll
    static void start() {
        newsdesk = RunningNewsdesk.start(withServer(work, TOKEN));
        base = "http://localhost:" + port(newsdesk);
    }

    @AfterAll
    static void stop() {
        newsdesk.close();
    }

    static Map<String, String> withServer(Path work, String token) {
        Map<String, String> settings = RunningNewsdesk.quiet(work);
        settings.put("camel.server.enabled", "true");
        settings.put("newsdesk.http.port", "0");
        settings.put("camel.server.port", "0");
        settings.put("camel.management.port", "0");
        settings.put("camel.management.enabled", "true");
        settings.put("camel.management.health-check-enabled", "true");
        settings.put("camel.management.metrics-enabled", "true");
        settings.put("camel.metrics.enabled", "true");
        settings.put("newsdesk.schedule.enabled", "false");
        settings.put("newsdesk.editor.token", token == null ? "" : token);
        return settings;
    }

    static int port(RunningNewsdesk newsdesk) {
        return newsdesk.context()
                .hasServices(VertxPlatformHttpServer.class)
                .iterator()
                .next()
                .getPort();
    }

    static HttpResponse<String> call(String method, String url, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthNamesTheDatabaseTheMailboxAndSmtp() throws Exception {
        HttpResponse<String> health = call("GET", base + "/observe/health", null, null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
        HttpResponse<String> all = call("GET", base + "/observe/health?exposureLevel=full", null, null);
        assertThat(all.body()).contains("database", "mailbox", "smtp");
    }

    @Test
    void metricsShowTheStoreAndTheWork() throws Exception {
        // the store's gauges must survive a garbage collection (Micrometer holds gauge state weakly by default)
        System.gc();
        HttpResponse<String> metrics = call("GET", base + "/observe/metrics", null, null);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .contains(
                        "newsdesk_items{status=\"pending\"}",
                        "newsdesk_items{status=\"held\"}",
                        "newsdesk_issues_made_total",
                        "newsdesk_ledger{status=\"uncertain\"}",
                        "newsdesk_notes_read_total",
                        "newsdesk_notes_rejected_total",
                        "newsdesk_deliveries_total{result=\"sent\"}",
                        "newsdesk_send_rate");
        assertThat(metrics.body()).doesNotContain("NaN");
    }

    @Test
    void metricsShowTheJvmAndTheProcess() throws Exception {
        String metrics = call("GET", base + "/observe/metrics", null, null).body();
        assertThat(metrics)
                .contains(
                        "jvm_memory_used_bytes{",
                        "jvm_memory_max_bytes{",
                        "jvm_threads_live_threads",
                        "jvm_gc_",
                        "process_cpu_usage",
                        "system_cpu_count",
                        "process_uptime_seconds");
    }

    @Test
    void theHttpPortAnswersOnLoopbackOnlyByDefault() throws Exception {
        java.net.InetAddress outside =
                java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
                        .flatMap(i -> java.util.Collections.list(i.getInetAddresses()).stream())
                        .filter(a -> a instanceof java.net.Inet4Address && !a.isLoopbackAddress())
                        .findFirst()
                        .orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(outside != null, "no address but loopback on this machine");
        int port = port(newsdesk);
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
            assertThat(s.isConnected()).isTrue();
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> {
                    try (java.net.Socket s = new java.net.Socket()) {
                        s.connect(new java.net.InetSocketAddress(outside, port), 2000);
                    }
                })
                .as("the port on " + outside.getHostAddress())
                .isInstanceOf(java.net.ConnectException.class);
    }

    @Test
    void editorEndpointsRefuseAMissingOrWrongToken() throws Exception {
        assertThat(call("GET", base + "/editor/status", null, null).statusCode())
                .isEqualTo(401);
        HttpResponse<String> wrong = call("GET", base + "/editor/status", "not-the-token", null);
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(wrong.body()).contains("not valid").doesNotContain(TOKEN);
    }

    @Test
    void aQueryParameterNeverComesBackAsAResponseHeader() throws Exception {
        HttpResponse<String> answer = call(
                "GET",
                base + "/editor/status?Set-Cookie=a%3Db&Location=http%3A%2F%2Fevil&X-Frame-Options=x",
                TOKEN,
                null);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().map().keySet())
                .map(String::toLowerCase)
                .doesNotContain("set-cookie", "location", "x-frame-options");
        HttpResponse<String> refused = call("GET", base + "/editor/status?Set-Cookie=a%3Db", null, null);
        assertThat(refused.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void aTokenInTheQueryStringIsNotAToken() throws Exception {
        String asQuery = base + "/editor/status?Authorization="
                + java.net.URLEncoder.encode("Bearer " + TOKEN, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(call("GET", asQuery, null, null).statusCode()).isEqualTo(401);
        assertThat(call("GET", base + "/editor/status?authorization=Bearer%20" + TOKEN, null, null)
                        .statusCode())
                .isEqualTo(401);
        // the header still counts, whatever the query says
        assertThat(call("GET", base + "/editor/status?Authorization=nonsense", TOKEN, null)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void anEditorHoldsReleasesAndPublishesNow() throws Exception {
        assertThat(call("POST", base + "/editor/publications/lmec/hold", TOKEN, null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(call("GET", base + "/editor/status", TOKEN, null).body()).contains("\"onHold\" : true");
        assertThat(call("POST", base + "/editor/publications/lmec/release", TOKEN, null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(call("POST", base + "/editor/publications/nope/hold", TOKEN, null)
                        .statusCode())
                .isEqualTo(404);

        RunningNewsdesk.dropNote(work, "china-asean/01_sscc-forum_2021-09-15_part1.md");
        ItemStore items = newsdesk.bean("itemStore", ItemStore.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> items.count("china-asean", "pending") == 1);
        HttpResponse<String> published = call("POST", base + "/editor/publications/china-asean/publish", TOKEN, null);
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(published.body()).contains("\"issue\" : \"china-asean-", "\"sent\" : 2");

        String metrics = call("GET", base + "/observe/metrics", null, null).body();
        assertThat(metrics)
                .contains(
                        "newsdesk_ledger{status=\"sent\"} 2.0",
                        "newsdesk_notes_read_total 1.0",
                        "newsdesk_issues_made_total 1.0");
    }

    @Test
    void anEditorFixesAHeldItemAndReleasesIt() throws Exception {
        Item held = new Item(
                Item.SCHEMA,
                "itm-review-test",
                null,
                "A note with no publication",
                null,
                null,
                null,
                List.of(),
                null,
                List.of(),
                null,
                List.of(Warning.of(
                        "publication-unknown", "publication", "No publication could be told from the note.")));
        newsdesk.bean("itemStore", ItemStore.class).save(held);

        assertThat(call("GET", base + "/editor/review", TOKEN, null).body()).contains("itm-review-test");
        String json = call("GET", base + "/editor/review/itm-review-test", TOKEN, null)
                .body();
        assertThat(json).contains("\"publication\" : null");
        HttpResponse<String> refused = call("POST", base + "/editor/review/itm-review-test/release", TOKEN, null);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("names no publication");

        String fixed = json.replace("\"publication\" : null", "\"publication\" : \"lmec\"");
        assertThat(call("PUT", base + "/editor/review/itm-review-test", TOKEN, fixed)
                        .statusCode())
                .isEqualTo(200);
        assertThat(call("POST", base + "/editor/review/itm-review-test/release", TOKEN, null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(newsdesk.bean("itemStore", ItemStore.class).statusOf("itm-review-test"))
                .contains("pending");
    }
}
