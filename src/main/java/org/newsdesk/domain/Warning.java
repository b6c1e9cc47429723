package org.newsdesk.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Something a person must settle before an item may go out: what ({@code code}, a stable kebab-case
 * word), where ({@code field}, such as {@code speakers[2].organization}, and the note's 1-based
 * {@code line}, either may be null) and why ({@code message}, one sentence an editor can act on).
 */
public record Warning(String code, String field, Integer line, String message) {

    /** Code of a warning kept from an item stored before warnings had a structure (schema 1). */
    public static final String LEGACY = "review";

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public Warning(
            @JsonProperty("code") String code,
            @JsonProperty("field") String field,
            @JsonProperty("line") Integer line,
            @JsonProperty("message") String message) {
        this.code = code == null || code.isBlank() ? LEGACY : code;
        this.field = field;
        this.line = line;
        this.message = message == null ? "" : message;
    }

    /** A schema-1 warning was a plain sentence; it stays a warning, with no field or line. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Warning fromText(String text) {
        return new Warning(LEGACY, null, null, text);
    }

    public static Warning of(String code, String field, String message) {
        return new Warning(code, field, null, message);
    }

    public static Warning at(String code, String field, int line, String message) {
        return new Warning(code, field, line, message);
    }

    /** "speakers[2].organization, line 31: …" for logs and the command line. */
    public String describe() {
        StringBuilder s = new StringBuilder(code);
        if (field != null) {
            s.append(" (").append(field);
            if (line != null) {
                s.append(", line ").append(line);
            }
            s.append(')');
        } else if (line != null) {
            s.append(" (line ").append(line).append(')');
        }
        return s.append(": ").append(message).toString();
    }
}
