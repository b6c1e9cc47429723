package org.newsdesk.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mozilla.universalchardet.UniversalDetector;
import org.newsdesk.domain.NoteRejectedException;

/**
 * Bytes to text: a byte-order mark wins; then strict UTF-8; then the charset a well-kept detector
 * names (GB18030 and Big5 notes carry no declaration), kept only if it decodes without a single error.
 */
public final class TextDecoder {

    /** The decoded text and the charset that was used. */
    public record Decoded(String text, Charset charset, List<String> warnings) {
    }

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
        if (looksLikeUtf8(bytes)) {
            return strict(bytes, 0, StandardCharsets.UTF_8);
        }
        Charset detected = detect(bytes);
        if (detected != null && !detected.equals(StandardCharsets.UTF_8)) {
            try {
                String text = decodeStrict(bytes, 0, detected);
                return new Decoded(text, detected, List.of());
            } catch (CharacterCodingException e) {
                // fall through: the detector's guess does not decode cleanly
            }
        }
        throw invalidUtf8(bytes);
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
            warnings.add("The note declared " + declared.name() + " but is written in " + sniffed.charset().name() + ".");
            warnings.addAll(sniffed.warnings());
            return new Decoded(sniffed.text(), sniffed.charset(), warnings);
        }
    }

    private static Decoded strict(byte[] bytes, int offset, Charset charset) {
        try {
            return new Decoded(decodeStrict(bytes, offset, charset), charset, List.of());
        } catch (CharacterCodingException e) {
            throw invalidUtf8(bytes);
        }
    }

    private static String decodeStrict(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        return chars.toString();
    }

    private static boolean looksLikeUtf8(byte[] bytes) {
        return firstInvalidUtf8Offset(bytes) < 0;
    }

    /** Offset of the first byte that is not valid UTF-8, or -1. */
    static int firstInvalidUtf8Offset(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            var result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                return -1;
            }
            out.clear();
        }
    }

    private static Charset detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            return null;
        }
        // GB2312 and GBK are subsets of GB18030: decode with the superset so rarer characters survive.
        if (name.equalsIgnoreCase("GB2312") || name.equalsIgnoreCase("GBK") || name.equalsIgnoreCase("HZ-GB-2312")) {
            return Charset.forName("GB18030");
        }
        return Charset.isSupported(name) ? Charset.forName(name) : null;
    }

    private static NoteRejectedException invalidUtf8(byte[] bytes) {
        int offset = firstInvalidUtf8Offset(bytes);
        return new NoteRejectedException("invalid-utf8",
                "The note is not valid UTF-8 (first bad byte at offset " + Math.max(offset, 0)
                        + ") and its encoding could not be recognised; save it as UTF-8 and send it again.");
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
}
