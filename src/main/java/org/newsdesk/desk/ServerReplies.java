package org.newsdesk.desk;

import java.util.Locale;

/**
 * What a mail server's reply means, in words an editor can act on: the reply itself is kept and shown
 * too, this only says what to do about it.
 */
public final class ServerReplies {

    private ServerReplies() {}

    public static String explain(String state, String reply) {
        String r = reply == null ? "" : reply.toLowerCase(Locale.ROOT);
        if ("uncertain".equals(state)) {
            return "The mail was being sent when the service stopped; it may or may not have arrived."
                    + " Resend sends it again.";
        }
        if (r.startsWith("not sent: the subscriber is")) {
            return "The reader left the list after the issue was made; nothing to do.";
        }
        if (r.contains("5.1.1")
                || r.contains("user unknown")
                || r.contains("no such user")
                || r.contains("does not exist")
                || r.contains("mailbox unavailable") && r.startsWith("550")) {
            return "The address does not exist; it is marked bounced and left out of later issues.";
        }
        if (r.contains("5.2.2") || r.contains("quota") || r.contains("mailbox full")) {
            return "The reader's mailbox is full; a later issue may get through.";
        }
        if (r.contains("spam") || r.contains("blocked") || r.contains("policy") || r.contains("5.7.")) {
            return "The receiving server refused the mail by its policy (spam or sender checks); ask the operator"
                    + " to look at the sender's DKIM/SPF set-up.";
        }
        if ("deferred".equals(state) || r.startsWith("4")) {
            return "The server said \"not now\"; newsdesk tries again by itself.";
        }
        if (r.contains("could not be composed")) {
            return "The mail could not be made; the service log says why.";
        }
        if (r.startsWith("5")) {
            return "The receiving server refused the mail for good.";
        }
        return "The mail could not be delivered.";
    }
}
