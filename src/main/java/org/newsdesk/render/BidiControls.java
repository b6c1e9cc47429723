package org.newsdesk.render;

import java.util.regex.Pattern;

/**
 * Removes the invisible direction controls a note may carry (pasted, or planted: U+202E turns
 * "exe.txt" into what looks like "txt.exe") from text a person wrote, before it reaches the HTML, the
 * text part and the PDF. The embeddings and isolates (U+202A–U+202E, U+2066–U+2069) always go; the
 * marks (U+200E, U+200F, U+061C) only where no right-to-left script is in the text, the one place they
 * may be needed.
 */
public final class BidiControls {

    private static final Pattern EMBEDDINGS = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Pattern MARKS = Pattern.compile("[\\u200E\\u200F\\u061C]");
    private static final Pattern RIGHT_TO_LEFT =
            Pattern.compile("[\\p{IsHebrew}\\p{IsArabic}\\p{IsSyriac}\\p{IsThaana}]");

    private BidiControls() {}

    public static String removed(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = EMBEDDINGS.matcher(text).replaceAll("");
        return RIGHT_TO_LEFT.matcher(out).find() ? out : MARKS.matcher(out).replaceAll("");
    }
}
