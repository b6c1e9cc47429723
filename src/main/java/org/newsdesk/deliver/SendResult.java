package org.newsdesk.deliver;

/**
 * What became of one mail: sent, refused for now (SMTP 4xx: try again later, never failed), or
 * refused for good (SMTP 5xx, the reply kept).
 */
public record SendResult(Kind kind, String reply) {

    public enum Kind { SENT, RETRY, FAILED }

    public static SendResult sent(String reply) {
        return new SendResult(Kind.SENT, reply);
    }

    public static SendResult retry(String reply) {
        return new SendResult(Kind.RETRY, reply);
    }

    public static SendResult failed(String reply) {
        return new SendResult(Kind.FAILED, reply);
    }
}
