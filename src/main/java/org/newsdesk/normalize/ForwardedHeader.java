package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The header block of a forwarded mail ("---------- Forwarded message ---------" then From:, Date:,
 * Subject:, To:) and the From/Sent/To/Subject block a mail program prints when a mail is saved or
 * forwarded. Its date is the mail's, never the event's.
 */
final class ForwardedHeader implements SetAsideRule {

    private static final Pattern MARKER = Pattern.compile(
            "^-{2,}\\s*(forwarded message|forwarded e-?mail|weitergeleitete nachricht|转发的邮件|轉寄的郵件)\\s*-{2,}$|^begin forwarded message:?$");

    @Override
    public List<Aside> find(List<String> lines) {
        List<Aside> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String lower = lines.get(i).strip().toLowerCase(Locale.ROOT);
            if (MARKER.matcher(lower).matches()) {
                int end = headerRun(lines, i + 1);
                out.add(new Aside(i, end, "forwarded-message header"));
                i = end - 1;
            } else if (isMailHeader(lines.get(i))) {
                int end = headerRun(lines, i);
                if (end - i >= 2 && hasSender(lines, i, end)) {
                    out.add(new Aside(i, end, "forwarded-message header"));
                    i = end - 1;
                }
            }
        }
        return out;
    }

    private static int headerRun(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && isMailHeader(lines.get(i))) {
            i++;
        }
        return i;
    }

    private static boolean hasSender(List<String> lines, int from, int to) {
        boolean sender = false;
        boolean other = false;
        for (int i = from; i < to; i++) {
            String key = key(lines.get(i));
            sender |= key.equals("from") || key.equals("发件人") || key.equals("發件人") || key.equals("寄件者");
            other |= key.equals("sent")
                    || key.equals("to")
                    || key.equals("subject")
                    || key.equals("收件人")
                    || key.equals("主题");
        }
        return sender && other;
    }

    static boolean isMailHeader(String line) {
        String t = line.strip();
        return t.length() < 400 && !key(t).isEmpty() && Vocabulary.MAIL_HEADER_KEYS.contains(key(t));
    }

    private static String key(String line) {
        String t = line.strip().replace("**", "");
        int colon = t.indexOf(':');
        int wide = t.indexOf('：');
        int at = colon < 0 ? wide : wide < 0 ? colon : Math.min(colon, wide);
        return at <= 0 || at > 12 ? "" : t.substring(0, at).strip().toLowerCase(Locale.ROOT);
    }
}
