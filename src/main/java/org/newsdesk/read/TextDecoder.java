package org.newsdesk.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.domain.NoteRejectedException;

/**
 * Bytes to text. A byte-order mark wins; then strict UTF-8. A file that is mostly UTF-8 with a few bad
 * bytes is refused with the offset of the first one, never re-read as another charset (that would turn
 * every accented or Chinese character into garbage). Only text with no UTF-8 in it is tried as the two
 * undeclared Chinese encodings officers send, GB18030 and Big5, and the one that reads as plausible
 * Chinese is kept (see {@link ChinesePlausibility}); failing that, as windows-1252 when it reads as
 * Latin-script writing (see {@link LatinPlausibility}).
 */
public final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final Charset BIG5_HKSCS = Charset.forName("Big5-HKSCS");

    /** Below this share of common characters the guess is kept but flagged for a person to check. */
    private static final double CONFIDENT = 0.6;

    private static final double PLAUSIBLE = 0.35;

    /** The decoded text and the charset that was used. */
    public record Decoded(String text, Charset charset, List<String> warnings) {}

    public Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE);
        }
        Utf8Scan scan = Utf8Scan.of(bytes);
        if (scan.valid()) {
            return strict(bytes, 0, StandardCharsets.UTF_8);
        }
        if (scan.looksLikeDamagedUtf8()) {
            throw invalidUtf8(scan.firstInvalidOffset());
        }
        Decoded chinese = plausibleChinese(bytes);
        if (chinese != null) {
            return chinese;
        }
        // any well-formed UTF-8 sequence means UTF-8 damaged, not a legacy Latin file
        String latin = scan.validMultiByte() == 0 ? LatinPlausibility.decode(bytes) : null;
        if (latin != null) {
            return new Decoded(latin, LatinPlausibility.WINDOWS_1252, List.of());
        }
        throw invalidUtf8(scan.firstInvalidOffset());
    }

    /** Decodes with a charset the container declared (a mail part, an HTML meta tag). */
    public Decoded decode(byte[] bytes, Charset declared) {
        if (declared == null) {
            return decode(bytes);
        }
        try {
            return new Decoded(decodeStrict(bytes, 0, declared), declared, List.of());
        } catch (CharacterCodingException e) {
            List<String> warnings = new ArrayList<>();
            Decoded sniffed = decode(bytes);
            warnings.add("The note declared " + declared.name() + " but is written in "
                    + sniffed.charset().name() + ".");
            warnings.addAll(sniffed.warnings());
            return new Decoded(sniffed.text(), sniffed.charset(), warnings);
        }
    }

    /** Big5 bytes very often decode as GB18030 without a single error, so a clean decode proves nothing. */
    private static Decoded plausibleChinese(byte[] bytes) {
        Decoded best = null;
        double bestScore = -1;
        for (Charset candidate : new Charset[] {GB18030, BIG5, BIG5_HKSCS}) {
            String text;
            try {
                text = decodeStrict(bytes, 0, candidate);
            } catch (CharacterCodingException e) {
                continue;
            }
            ChinesePlausibility.Score score =
                    ChinesePlausibility.score(text, candidate.equals(GB18030) ? GB18030 : BIG5);
            if (score.hanzi() >= 2 && score.share() > bestScore) {
                bestScore = score.share();
                List<String> warnings = score.share() >= CONFIDENT
                        ? List.of()
                        : List.of("The note's encoding was guessed as " + candidate.name()
                                + "; check that its Chinese text reads correctly.");
                best = new Decoded(text, candidate, warnings);
            }
        }
        return bestScore >= PLAUSIBLE ? best : null;
    }

    private static Decoded strict(byte[] bytes, int offset, Charset charset) {
        try {
            return new Decoded(decodeStrict(bytes, offset, charset), charset, List.of());
        } catch (CharacterCodingException e) {
            if (charset.equals(StandardCharsets.UTF_8)) {
                throw invalidUtf8(Utf8Scan.of(bytes).firstInvalidOffset());
            }
            throw new NoteRejectedException(
                    "invalid-text-encoding",
                    "The note starts with a " + charset.name() + " byte-order mark but is not valid " + charset.name()
                            + "; save it as UTF-8 and send it again.");
        }
    }

    private static String decodeStrict(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        return chars.toString();
    }

    /** Offset of the first byte that is not valid UTF-8, or -1. */
    static int firstInvalidUtf8Offset(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                return -1;
            }
            out.clear();
        }
    }

    private static NoteRejectedException invalidUtf8(int offset) {
        return new NoteRejectedException(
                "invalid-utf8",
                "The note is not valid UTF-8 (first bad byte at offset " + Math.max(offset, 0)
                        + ") and is not GB18030 or Big5 Chinese or windows-1252 either; save it as UTF-8 and send it again.");
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * One pass over the bytes counting well-formed UTF-8 multi-byte sequences and broken ones. Text in a
     * legacy Chinese encoding is mostly broken UTF-8; a UTF-8 file damaged in transit is mostly fine.
     */
    record Utf8Scan(int validMultiByte, int invalid, int firstInvalidOffset) {

        boolean valid() {
            return invalid == 0;
        }

        boolean looksLikeDamagedUtf8() {
            return validMultiByte > invalid;
        }

        static Utf8Scan of(byte[] b) {
            int valid = 0;
            int invalid = 0;
            int first = -1;
            int i = 0;
            while (i < b.length) {
                int c = b[i] & 0xFF;
                if (c < 0x80) {
                    i++;
                    continue;
                }
                int len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
                boolean ok = len > 0 && i + len <= b.length;
                for (int k = 1; ok && k < len; k++) {
                    ok = (b[i + k] & 0xC0) == 0x80;
                }
                if (ok && len == 3) {
                    int c1 = b[i + 1] & 0xFF;
                    ok = !(c == 0xE0 && c1 < 0xA0) && !(c == 0xED && c1 >= 0xA0);
                } else if (ok && len == 4) {
                    int c1 = b[i + 1] & 0xFF;
                    ok = !(c == 0xF0 && c1 < 0x90) && !(c == 0xF4 && c1 >= 0x90);
                }
                if (ok) {
                    valid++;
                    i += len;
                } else {
                    if (first < 0) {
                        first = i;
                    }
                    invalid++;
                    i++;
                }
            }
            return new Utf8Scan(valid, invalid, first);
        }
    }
}
