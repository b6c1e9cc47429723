package org.newsdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServerRepliesTest {

    @Test
    void eachKindOfReplyIsSaidInWordsAnEditorCanActOn() {
        assertThat(ServerReplies.explain(
                        "failed", "550 5.1.1 <x@example.org>: Recipient address rejected: User unknown"))
                .contains("does not exist", "bounced");
        assertThat(ServerReplies.explain("failed", "552 5.2.2 Mailbox full")).contains("mailbox is full");
        assertThat(ServerReplies.explain("failed", "554 5.7.1 Message rejected as spam"))
                .contains("policy");
        assertThat(ServerReplies.explain("deferred", "451 4.7.1 Greylisted, try again later"))
                .contains("tries again by itself");
        assertThat(ServerReplies.explain("uncertain", null)).contains("may or may not have arrived");
        assertThat(ServerReplies.explain("failed", "not sent: the subscriber is unsubscribed"))
                .contains("left the list");
        assertThat(ServerReplies.explain("failed", "500 odd")).contains("refused the mail for good");
    }

    @Test
    void theTimeLeftIsRoundedForPeople() {
        assertThat(SendingDesk.timeLeft(10, 0)).isEqualTo("not known yet");
        assertThat(SendingDesk.timeLeft(10, 5)).isEqualTo("under a minute");
        assertThat(SendingDesk.timeLeft(600, 2)).isEqualTo("about 5 minutes");
        assertThat(SendingDesk.timeLeft(100_000, 4)).isEqualTo("about 7 hours");
    }
}
