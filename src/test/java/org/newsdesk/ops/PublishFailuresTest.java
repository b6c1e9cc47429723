package org.newsdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Issue;
import org.newsdesk.render.RenderedIssue;
import org.newsdesk.testing.RecordingLogger;
import org.newsdesk.testing.SettableClock;

class PublishFailuresTest {

    private final RecordingLogger log = new RecordingLogger();
    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-02T05:00:00Z"));
    private final PublishFailures failures = new PublishFailures(log, clock);

    @Test
    void aFailureNamesThePublicationOrTheIssueAndTheRouteAndRepeatsAreCounted() {
        failures.log("publish-issue", "lmec", null, new IllegalStateException("no profile"));
        Issue issue = new Issue("lmec-2026-7", "lmec", 2026, 7, "Issue 7, 2026", LocalDate.of(2026, 12, 2), List.of());
        RenderedIssue rendered = new RenderedIssue(issue, "", "", "", new byte[0], "issue-7.pdf");
        for (int i = 0; i < 70; i++) {
            failures.log("deliver-due", null, rendered, new RuntimeException("The database is read only"));
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(log.lines())
                .containsExactly(
                        "ERROR Publishing lmec failed (route publish-issue): IllegalStateException: no profile",
                        "ERROR Sending issue lmec-2026-7 of lmec failed (route deliver-due): RuntimeException: The"
                                + " database is read only",
                        "ERROR Sending issue lmec-2026-7 of lmec failed (route deliver-due): 60 more times in the"
                                + " last 60 s (61 since 2026-12-02T05:00:00Z): RuntimeException: The database is read only");
    }
}
