package org.newsdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.newsdesk.testing.RecordingLogger;
import org.newsdesk.testing.SettableClock;

class FaultLogTest {

    private final RecordingLogger log = new RecordingLogger();
    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-02T05:00:00Z"));
    private final FaultLog faults = new FaultLog(log, clock, Duration.ofMinutes(1));

    @Test
    void aFaultRepeatedEverySecondIsLoggedOnceThenOnceAMinuteWithItsCount() {
        for (int i = 0; i < 150; i++) {
            faults.fault("the store cannot be written", "Operation not permitted");
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(log.lines())
                .containsExactly(
                        "ERROR the store cannot be written: Operation not permitted",
                        "ERROR the store cannot be written: 60 more times in the last 60 s (61 since"
                                + " 2026-12-02T05:00:00Z): Operation not permitted",
                        "ERROR the store cannot be written: 60 more times in the last 60 s (121 since"
                                + " 2026-12-02T05:00:00Z): Operation not permitted");
    }

    @Test
    void theEndOfAFaultIsSaidOnceAndTheNextOneIsLoggedAtOnce() {
        faults.fault("mailbox poll failed", "Connection refused");
        clock.advance(Duration.ofSeconds(30));
        faults.fault("mailbox poll failed", "Connection refused");
        assertThat(faults.failing("mailbox poll failed")).isTrue();
        faults.recovered("mailbox poll failed");
        faults.recovered("mailbox poll failed");
        faults.fault("mailbox poll failed", "Invalid credentials");
        assertThat(log.lines())
                .containsExactly(
                        "ERROR mailbox poll failed: Connection refused",
                        "INFO mailbox poll failed: over after 30 s (2 times)",
                        "ERROR mailbox poll failed: Invalid credentials");
    }

    @Test
    void aRecoveryWithoutAFaultSaysNothingAndFaultsAreCountedApart() {
        faults.recovered("the store cannot be written");
        faults.fault("a", "x");
        faults.fault("b", "y");
        faults.fault("a", "x");
        assertThat(log.lines()).containsExactly("ERROR a: x", "ERROR b: y");
    }

    @Test
    void theReasonNamesTheErrorAndItsInnermostCauseOnOneLine() {
        assertThat(FaultLog.reason(new IllegalStateException("LOGIN failed.\nmore")))
                .isEqualTo("IllegalStateException: LOGIN failed.");
        assertThat(FaultLog.reason(new RuntimeException(
                        "General error; SQL statement:\nINSERT", new java.io.IOException("Operation not permitted"))))
                .isEqualTo("General error (IOException: Operation not permitted)");
    }
}
