package org.newsdesk.read;

import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * How much a decoded text reads like Chinese written in the given encoding. Each encoding orders its
 * characters by frequency: GB2312 level 1 (lead bytes B0–D7) holds the 3 755 common simplified
 * characters, Big5's "frequently used" block (A440–C67E) the 5 401 common traditional ones. Real text
 * uses those almost exclusively; bytes read in the wrong encoding land on rare characters, kana, Greek,
 * box drawing or private-use code points.
 */
final class ChinesePlausibility {

    /** Enough characters to decide; scoring a whole 10 MB note would only cost time. */
    private static final int SAMPLE_CHARS = 20_000;

    private static final Charset GB2312 = Charset.forName("GB2312");
    private static final Charset BIG5 = Charset.forName("Big5");

    /** {@code share} of the non-ASCII characters that are common ones; {@code hanzi} how many Chinese characters were seen. */
    record Score(double share, int hanzi) {}

    private ChinesePlausibility() {}

    static Score score(String text, Charset family) {
        boolean gb = !family.name().toLowerCase().startsWith("big5");
        CharsetEncoder encoder = (gb ? GB2312 : BIG5).newEncoder();
        int common = 0;
        int rare = 0;
        int hanzi = 0;
        int n = Math.min(text.length(), SAMPLE_CHARS);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80 || Character.isWhitespace(c)) {
                continue;
            }
            if (c >= 0x4E00 && c <= 0x9FFF) {
                hanzi++;
                if (frequent(encoder, c, gb)) {
                    common++;
                } else {
                    rare++;
                }
            } else if ((c >= 0x3000 && c <= 0x303F)
                    || (c >= 0xFF01 && c <= 0xFF5E)
                    || c == '\u2014'
                    || c == '\u2026'
                    || c == '\u201C'
                    || c == '\u201D'
                    || c == '\u2018'
                    || c == '\u2019'
                    || c == '\u00B7') {
                common++;
            } else {
                rare++;
            }
        }
        int seen = common + rare;
        return new Score(seen == 0 ? 0 : (double) common / seen, hanzi);
    }

    private static boolean frequent(CharsetEncoder encoder, char c, boolean gb) {
        try {
            java.nio.ByteBuffer b = encoder.encode(CharBuffer.wrap(new char[] {c}));
            if (b.remaining() < 2) {
                return false;
            }
            int code = ((b.get() & 0xFF) << 8) | (b.get() & 0xFF);
            return gb ? (code >= 0xB0A1 && code <= 0xD7F9) : (code >= 0xA440 && code <= 0xC67E);
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
