package org.newsdesk.read;

import org.newsdesk.domain.NoteRejectedException;

/** Tells text from binary before decoding: NUL bytes outside UTF-16 mean a program, image or archive. */
final class BinaryContent {

    private BinaryContent() {}

    static void rejectIfBinary(byte[] bytes, String name) {
        boolean utf16 = bytes.length >= 2
                && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
        if (utf16) {
            return;
        }
        int sample = Math.min(bytes.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw binary(name);
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                control++;
            }
        }
        if (sample >= 256 && control * 10 > sample) {
            // a stray bell or escape in a short note is noise that cleaning removes, not a sign of binary
            throw binary(name);
        }
    }

    private static NoteRejectedException binary(String name) {
        return new NoteRejectedException(
                "binary-content",
                "The note \"" + name
                        + "\" is not text (it looks like a program, image or archive); send the notes as text, Word or PDF.");
    }
}
