package org.newsdesk.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SendResultTest {

    @Test
    void onlyAMissingMailboxCountsAsABounce() {
        assertThat(SendResult.mailboxGone("550 5.1.1 <x@example.org>: Recipient address rejected"))
                .isTrue();
        assertThat(SendResult.mailboxGone("550-5.1.1 The email account that you tried to reach does not exist"))
                .isTrue();
        assertThat(SendResult.mailboxGone("556 5.1.10 domain does not accept mail"))
                .isTrue();
        assertThat(SendResult.mailboxGone("550 5.2.1 mailbox disabled")).isTrue();
        assertThat(SendResult.mailboxGone("550 5.7.1 message refused as spam")).isFalse();
        assertThat(SendResult.mailboxGone("552 5.3.4 message too big")).isFalse();
        assertThat(SendResult.mailboxGone("550 5.1.12 something else")).isFalse();
        assertThat(SendResult.mailboxGone(null)).isFalse();
    }
}
