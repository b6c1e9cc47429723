package org.newsdesk.shared;

import jakarta.mail.internet.MimeUtility;

/** Header values of mails that came from outside, made safe to log, show and quote. */
public final class MailHeaders {

    private MailHeaders() {}

    /** RFC 2047 words decoded; CR and LF removed so a decoded value can never start a new header. */
    public static String decode(String raw) {
        if (raw == null) {
            return null;
        }
        String decoded;
        try {
            decoded = MimeUtility.decodeText(MimeUtility.unfold(raw));
        } catch (Exception e) {
            decoded = raw;
        }
        return decoded.replaceAll("[\\r\\n\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]+", " ")
                .strip();
    }
}
