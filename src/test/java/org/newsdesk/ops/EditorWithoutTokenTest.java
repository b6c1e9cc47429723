package org.newsdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.testing.RunningNewsdesk;

/** With no NEWSDESK_EDITOR_TOKEN the editor endpoints refuse everything, whatever a request sends. */
class EditorWithoutTokenTest {

    @TempDir
    Path work;

    @Test
    void noConfiguredTokenRefusesEveryEditorRequest() throws Exception {
        try (RunningNewsdesk newsdesk = RunningNewsdesk.start(HttpOperationsTest.withServer(work, null))) {
            String base = "http://localhost:" + HttpOperationsTest.port(newsdesk);
            for (String token : new String[] {null, "", "anything"}) {
                HttpResponse<String> r =
                        HttpOperationsTest.call("POST", base + "/editor/publications/lmec/hold", token, null);
                assertThat(r.statusCode()).isEqualTo(503);
                assertThat(r.body()).contains("NEWSDESK_EDITOR_TOKEN");
            }
            HttpResponse<String> health =
                    HttpOperationsTest.call("GET", base + "/observe/health?exposureLevel=full", null, null);
            // (the folder consumer reports DOWN until its first poll, 200 ms after start: only the database is
            // asserted)
            assertThat(health.body())
                    .as("health works without a token")
                    .contains("\"name\":\"database\",\"status\":\"UP\"");
        }
    }
}
