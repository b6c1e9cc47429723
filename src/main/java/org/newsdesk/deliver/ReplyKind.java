package org.newsdesk.deliver;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind of a server's reply, for grouping and counting: the SMTP code with its enhanced status code
 * ({@code 451 4.7.1}), the code alone, or a word for what was not an SMTP reply ({@code connection},
 * {@code starttls}, {@code inactive}, {@code compose}). {@link #reason} is the short, bounded form a
 * metric tag can carry: never the free text of the reply.
 */
public final class ReplyKind {

    private static final Pattern CODES = Pattern.compile("^([245]\\d\\d)(?:[ -]([245])\\.(\\d{1,3})\\.(\\d{1,3}))?\\b");

    private ReplyKind() {}

    /** {@code 451 4.7.1}, {@code 550}, {@code starttls}, {@code connection}, … */
    public static String of(String reply) {
        if (reply == null || reply.isBlank()) {
            return "unknown";
        }
        String r = reply.strip();
        Matcher m = CODES.matcher(r);
        if (m.find()) {
            return m.group(2) == null ? m.group(1) : m.group(1) + " " + enhanced(m);
        }
        if (r.startsWith("not sent: the subscriber is")) {
            return "inactive";
        }
        if (r.startsWith("not sent: the mail could not be composed")) {
            return "compose";
        }
        if (r.toUpperCase(java.util.Locale.ROOT).contains("STARTTLS") || r.contains("PKIX") || r.contains("SSL")) {
            return "starttls";
        }
        if (r.startsWith("SMTP connection problem")) {
            return "connection";
        }
        return "other";
    }

    /** The metric tag: the enhanced code ({@code 4.7.1}), else the SMTP code ({@code 451}), else the word. */
    public static String reason(String reply) {
        String kind = of(reply);
        int space = kind.indexOf(' ');
        return space > 0 ? kind.substring(space + 1) : kind;
    }

    /** Enhanced codes beyond the registered ranges are folded, so the tag's values stay few. */
    private static String enhanced(Matcher m) {
        int subject = Integer.parseInt(m.group(3));
        int detail = Integer.parseInt(m.group(4));
        return subject <= 7 && detail <= 30 ? m.group(2) + "." + subject + "." + detail : m.group(2) + ".x.x";
    }
}
