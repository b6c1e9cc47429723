package org.newsdesk.normalize;

import java.util.List;
import org.newsdesk.domain.Warning;

/**
 * What a field rule read: the value (or null), the line index it came from (-1 when it came from the
 * front matter, the mail subject or nowhere), the kind of evidence it rests on, and the warnings a
 * person must settle about it.
 */
record Reading<T>(T value, int line, Evidence evidence, List<Warning> warnings) {

    /** How a value was found, strongest first: a check may hold a value read from weak evidence. */
    enum Evidence {
        FRONT_MATTER,
        LABEL,
        HEADING,
        SENTENCE,
        HEADER_LINE,
        SUBJECT,
        NONE
    }

    Reading {
        warnings = List.copyOf(warnings);
    }

    static <T> Reading<T> of(T value, int line, Evidence evidence) {
        return new Reading<>(value, line, evidence, List.of());
    }

    static <T> Reading<T> none(T empty, List<Warning> warnings) {
        return new Reading<>(empty, -1, Evidence.NONE, warnings);
    }
}
