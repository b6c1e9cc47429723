package org.newsdesk.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/**
 * Whether bytes that are not UTF-8 read as Latin-script text in windows-1252 (the superset of
 * ISO-8859-1 that Windows programs save when no encoding is chosen). In real text every byte above
 * 0x7F is an accented letter inside a word (é, ç, ñ, ø) or typographic punctuation (’ “ ” – — … ° «
 * »); the same bytes read from another encoding give runs of accented capitals, symbols and control
 * codes that no language writes.
 */
final class LatinPlausibility {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Punctuation and signs windows-1252 text carries outside words. */
    private static final String TYPOGRAPHIC = "\u2018\u2019\u201A\u201C\u201D\u201E\u2013\u2014\u2026\u2022\u00A0"
            + "\u00B0\u00AB\u00BB\u00B7\u20AC\u00A3\u00A7\u00A9\u00AE\u00BA\u00AA\u00B2\u00B3\u00BD\u00BC\u00BE"
            + "\u00D7\u2122\u00A9\u00B1\u00B5";

    private LatinPlausibility() {}

    /** The text in windows-1252 when it reads as Latin-script writing, or null. */
    static String decode(byte[] bytes) {
        String text;
        try {
            text = WINDOWS_1252
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null; // 0x81, 0x8D, 0x8F, 0x90, 0x9D are unassigned: not windows-1252
        }
        return plausible(text) ? text : null;
    }

    static boolean plausible(String text) {
        int high = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            high++;
            if (Character.isLetter(c)) {
                if (!inWord(text, i)) {
                    return false;
                }
            } else if (TYPOGRAPHIC.indexOf(c) < 0) {
                return false;
            }
        }
        return high > 0;
    }

    /**
     * A letter with an ASCII letter beside it, or standing alone as a word (French "à", Spanish "é"
     * in some names), and never inside a run of three or more non-ASCII letters, which only mis-read
     * multi-byte text produces.
     */
    private static boolean inWord(String text, int i) {
        int run = 1;
        for (int k = i - 1; k >= 0 && text.charAt(k) >= 0x80 && Character.isLetter(text.charAt(k)); k--) {
            run++;
        }
        for (int k = i + 1; k < text.length() && text.charAt(k) >= 0x80 && Character.isLetter(text.charAt(k)); k++) {
            run++;
        }
        return run < 3;
    }
}
