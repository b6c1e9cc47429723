package org.newsdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.camel.health.HealthCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsdesk.store.Database;

/** The database check against a real PostgreSQL that goes away: DOWN with the reason, in time. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DatabaseHealthCheckTest {

    @Test
    void withPostgresDownTheCheckSaysDownWithinItsTimeoutNotThePoolsThirtySeconds() throws Exception {
        EmbeddedPostgres server = EmbeddedPostgres.builder().start();
        try (Database db = Database.open(server.getJdbcUrl("postgres", "postgres"), "postgres", "")) {
            DatabaseHealthCheck check = new DatabaseHealthCheck(db, 1000);
            assertThat(check.call(Map.of()).getState()).isEqualTo(HealthCheck.State.UP);

            server.close();
            for (int i = 0; i < 3; i++) {
                long started = System.nanoTime();
                HealthCheck.Result result = check.call(Map.of());
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
                assertThat(result.getMessage())
                        .hasValueSatisfying(m -> assertThat(m)
                                .containsAnyOf(
                                        "the store did not answer a write and read within 1000 ms",
                                        "the store has not answered a write and read for",
                                        "the store cannot be written and read"));
                assertThat(millis)
                        .as("answered within the timeout and some slack")
                        .isLessThan(3000);
            }
        }
    }
}
