package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The front matter of a note (empty when there is none) and the text after it. {@code page} when it
 * is a website's page metadata (TOML "+++", or keys only a content system writes): then its title is
 * the page's headline and its date the day the page was posted, not necessarily the event's.
 */
record FrontMatter(Map<String, Object> fields, String body, List<String> warnings, boolean page) {

    FrontMatter {
        fields = Map.copyOf(fields);
        warnings = List.copyOf(warnings);
    }

    FrontMatter(Map<String, Object> fields, String body, List<String> warnings) {
        this(fields, body, warnings, fields.keySet().stream().anyMatch(Vocabulary.PAGE_FRONT_MATTER_KEYS::contains));
    }

    static FrontMatter none(String body) {
        return new FrontMatter(Map.of(), body, List.of(), false);
    }

    /** A scalar field as text, or null; dates and numbers are given as the note wrote them. */
    String text(String key) {
        Object v = fields.get(key);
        if (v == null || v instanceof Map || v instanceof List) {
            return null;
        }
        String s = oneLine(v.toString());
        return s.isEmpty() ? null : s;
    }

    /**
     * YAML escapes ("\r\n", "\0") can put control characters into a value that is one line by nature
     * (a title, a place); they become spaces, so no value can start a new line in a header or a log.
     */
    static String oneLine(String value) {
        return value.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ")
                .replaceAll(" {2,}", " ")
                .strip();
    }

    /** A list field ("organizers: [a, b]" or a single value) as text entries. */
    List<String> list(String key) {
        Object v = fields.get(key);
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> items) {
            for (Object item : items) {
                if (item != null && !(item instanceof Map) && !item.toString().isBlank()) {
                    out.add(oneLine(item.toString()));
                }
            }
        } else if (v != null && !(v instanceof Map) && !v.toString().isBlank()) {
            out.add(oneLine(v.toString()));
        }
        return out;
    }
}
