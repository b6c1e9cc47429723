package org.newsdesk.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.testing.SettableClock;

/** A storm of refusals is one log line per issue, outcome and kind of reply a minute, with the reply. */
class RefusalLogTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-02T05:00:00Z"));
    private final List<String> lines = new ArrayList<>();
    private final RefusalLog log = new RefusalLog(clock, lines::add);

    @Test
    void theFirstReplyOfAKindIsLoggedWithTheReplyAndTheRestOfTheMinuteOnlyCounted() {
        for (int i = 0; i < 50; i++) {
            log.record("lmec-2026-1", SendResult.Kind.RETRY, "451 4.7.1 Greylisted, try again in 5 minutes");
            clock.advance(Duration.ofMillis(100));
        }
        assertThat(lines)
                .containsExactly("Issue lmec-2026-1: mails deferred by the server (tried again later), reply 451 4.7.1:"
                        + " 451 4.7.1 Greylisted, try again in 5 minutes; further ones this minute are counted, not"
                        + " logged: ./newsdesk status lmec-2026-1");

        clock.advance(Duration.ofMinutes(1));
        log.record("lmec-2026-1", SendResult.Kind.RETRY, "451 4.7.1 Greylisted, try again in 5 minutes");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("(49 more of this kind in the minute before)");
    }

    @Test
    void eachKindOfReplyEachOutcomeAndEachIssueHasItsOwnLine() {
        log.record("lmec-2026-1", SendResult.Kind.RETRY, "451 4.7.1 Greylisted");
        log.record("lmec-2026-1", SendResult.Kind.RETRY, "421 4.3.2 Service shutting down");
        log.record("lmec-2026-1", SendResult.Kind.RETRY, "SMTP connection problem: Couldn't connect to host");
        log.record("lmec-2026-1", SendResult.Kind.FAILED, "550 5.1.1 <a@example.org>: User unknown");
        log.record("lmec-2026-1", SendResult.Kind.FAILED, "550 5.1.1 <b@example.org>: User unknown");
        log.record("china-asean-2026-1", SendResult.Kind.RETRY, "451 4.7.1 Greylisted");
        log.record("lmec-2026-1", SendResult.Kind.SENT, "250 2.0.0 Ok");
        assertThat(lines).hasSize(5);
        assertThat(lines.get(2)).contains("reply connection: SMTP connection problem");
        assertThat(lines.get(3))
                .startsWith("Issue lmec-2026-1: mails refused by the server (not tried again), reply 550 5.1.1:");
    }

    @Test
    void theMetricReasonIsTheStatusCodeNeverTheText() {
        assertThat(ReplyKind.reason("451 4.7.1 Greylisted for 300 seconds")).isEqualTo("4.7.1");
        assertThat(ReplyKind.reason("450 Mailbox busy")).isEqualTo("450");
        assertThat(ReplyKind.reason("550-5.1.1 The email account does not exist"))
                .isEqualTo("5.1.1");
        assertThat(ReplyKind.reason("451 4.999.999 odd")).isEqualTo("4.x.x");
        assertThat(ReplyKind.reason(
                        "SMTP connection problem: Could not convert socket to TLS (PKIX path building failed)"))
                .isEqualTo("starttls");
        assertThat(ReplyKind.reason("SMTP connection problem: Couldn't connect to host, port: localhost, 2525"))
                .isEqualTo("connection");
        assertThat(ReplyKind.of("451 4.7.1 Greylisted")).isEqualTo("451 4.7.1");
    }
}
