package org.newsdesk.read;

/**
 * File names that came from outside (attachments, dropped files) reduced to a safe display name:
 * no folders, no control characters, no way to point outside the work folders.
 */
public final class SafeNames {

    private SafeNames() {
    }

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
        name.codePoints().filter(c -> c >= 0x20 && c != 0x7F && !(c >= 0x80 && c < 0xA0))
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
}
