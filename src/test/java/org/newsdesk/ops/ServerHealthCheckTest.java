package org.newsdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.util.Map;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

class ServerHealthCheckTest {

    private static HealthCheck.Result call(ServerHealthCheck check) {
        check.setCamelContext(new DefaultCamelContext());
        return check.call(Map.of());
    }

    @Test
    void aServerThatAcceptsConnectionsIsUp() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            HealthCheck.Result result = call(
                    new ServerHealthCheck("smtp", new Endpoint("localhost", server.getLocalPort()), "outbox", 500));
            assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        }
    }

    @Test
    void aServerThatRefusesIsDownAndTheMessageSaysWhereAndWhy() throws Exception {
        int port;
        try (ServerSocket server = new ServerSocket(0)) {
            port = server.getLocalPort();
        }
        HealthCheck.Result result =
                call(new ServerHealthCheck("mailbox", new Endpoint("localhost", port), "inbox folder", 500));
        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("localhost:" + port, "refused"));
    }

    @Test
    void noServerConfiguredIsUpAndSaysWhatStandsIn() {
        HealthCheck.Result result =
                call(new ServerHealthCheck("smtp", null, "mails are written to the outbox folder", 500));
        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("outbox folder"));
    }

    @Test
    void aMailServerDownIsNotALivenessProblem() {
        assertThat(new ServerHealthCheck("smtp", null, "outbox", 500).isLiveness())
                .isFalse();
    }
}
