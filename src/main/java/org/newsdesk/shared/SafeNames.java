package org.newsdesk.shared;

import java.util.Locale;
import org.newsdesk.domain.NoteRejectedException;

/**
 * File names that came from outside (attachments, dropped files) reduced to a safe display name:
 * no folders, no control characters, no way to point outside the work folders.
 */
public final class SafeNames {

    private SafeNames() {}

    public static String displayName(String raw) {
        if (raw == null) {
            return "note";
        }
        String name = raw.replace('\\', '/');
        int slash = name.lastIndexOf('/');
        if (slash >= 0) {
            name = name.substring(slash + 1);
        }
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints()
                .filter(c -> c >= 0x20 && c != 0x7F && !(c >= 0x80 && c < 0xA0) && c != 0x2028 && c != 0x2029)
                .forEach(out::appendCodePoint);
        String cleaned = out.toString().strip();
        while (cleaned.startsWith(".")) {
            cleaned = cleaned.substring(1);
        }
        if (cleaned.length() > 120) {
            cleaned = cleaned.substring(cleaned.length() - 120);
        }
        return cleaned.isEmpty() ? "note" : cleaned;
    }

    /**
     * The name of a mailed attachment. Mail clients send a bare name (old ones a full Windows path, whose
     * folders are dropped); a name that climbs folders ({@code ..}) or hides control characters (NUL, CR,
     * LF) was made to trick a program and is refused.
     */
    public static String attachmentName(String raw) {
        if (raw == null) {
            return null;
        }
        boolean control = raw.codePoints().anyMatch(c -> c < 0x20 || c == 0x7F);
        String slashed = raw.replace('\\', '/');
        boolean climbs = ("/" + slashed + "/").contains("/../")
                || slashed.toLowerCase(Locale.ROOT).contains("%2e%2e");
        if (control || climbs) {
            throw new NoteRejectedException(
                    "unsafe-attachment-name",
                    "An attachment is named \"" + displayName(raw)
                            + "\" with folder or control characters that newsdesk does not accept; rename the file and attach it again.");
        }
        return displayName(raw);
    }
}
