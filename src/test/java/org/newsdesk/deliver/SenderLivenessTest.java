package org.newsdesk.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SenderLivenessTest {

    final Instant now = Instant.parse("2026-11-23T12:00:00Z");
    final SenderId self = new SenderId("host-a", 100, 1_000);
    final Map<Long, Instant> processes = Map.of(100L, Instant.ofEpochMilli(1_000), 200L, Instant.ofEpochMilli(2_000));
    final SenderLiveness liveness = new SenderLiveness(
            self,
            Duration.ofMinutes(10),
            Clock.fixed(now, ZoneOffset.UTC),
            pid -> Optional.ofNullable(processes.get(pid)));

    @Test
    void theCurrentProcessIsNeverGone() {
        assertThat(liveness.gone(self.toString(), now.minus(Duration.ofDays(1))))
                .isFalse();
    }

    @Test
    void aProcessOnThisHostIsGoneWhenItsPidIsFreeOrTakenByALaterProcess() {
        assertThat(liveness.gone(new SenderId("host-a", 200, 2_000).toString(), now))
                .isFalse();
        assertThat(liveness.gone(new SenderId("host-a", 300, 3_000).toString(), now))
                .isTrue();
        assertThat(liveness.gone(new SenderId("host-a", 200, 1_500).toString(), now))
                .isTrue();
    }

    @Test
    void aSenderOnAnotherHostIsGoneOnlyAfterItsRowWentStale() {
        String other = new SenderId("host-b", 100, 1_000).toString();
        assertThat(liveness.gone(other, now.minus(Duration.ofMinutes(9)))).isFalse();
        assertThat(liveness.gone(other, now.minus(Duration.ofMinutes(11)))).isTrue();
        assertThat(liveness.gone("unreadable", now.minus(Duration.ofMinutes(11))))
                .isTrue();
    }

    @Test
    void theCurrentSenderIdRoundTripsThroughTheLedgerColumn() {
        SenderId current = SenderId.current();
        assertThat(SenderId.parse(current.toString())).contains(current);
        assertThat(SenderLiveness.ofThisHost(new SenderId(current.host(), 1, 1), Duration.ofMinutes(1))
                        .gone(current.toString(), Instant.now()))
                .as("this very process, seen from another sender on the same host")
                .isFalse();
    }
}
