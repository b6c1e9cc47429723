package org.newsdesk.deliver;

/**
 * What became of one mail: sent, refused for now (SMTP 4xx: try again later, never failed), or
 * refused for good (SMTP 5xx, the reply kept).
 */
public record SendResult(Kind kind, String reply) {

    public enum Kind {
        SENT,
        RETRY,
        FAILED
    }

    public static SendResult sent(String reply) {
        return new SendResult(Kind.SENT, reply);
    }

    public static SendResult retry(String reply) {
        return new SendResult(Kind.RETRY, reply);
    }

    public static SendResult failed(String reply) {
        return new SendResult(Kind.FAILED, reply);
    }

    /**
     * Whether a permanent refusal says the mailbox does not exist (enhanced status 5.1.1 bad
     * mailbox, 5.1.10 null MX, 5.2.1 disabled), as opposed to a refusal of this one mail.
     */
    static boolean mailboxGone(String reply) {
        return reply != null && reply.matches("(?s)^5\\d\\d[ -]5\\.(1\\.1|1\\.10|2\\.1)\\b.*");
    }
}
