package org.newsdesk.normalize;

import java.util.List;

/**
 * What a speaker rule recognised at one line of a note: the people it names (two names may share one
 * statement), the part of the statement written on the header line itself, and where the header ends.
 *
 * @param start           first line of the header
 * @param next            first line after the header; the statement continues from here
 * @param inlineStatement statement text written on the header line, or null
 * @param complete        the inline statement is all the person said (a pull quote): nothing after the header joins it
 * @param reportingVerb   the verb that attributed the statement ("said", "pointed out"), or null when the header has none
 */
record SpeakerMatch(
        int start, int next, List<Person> people, String inlineStatement, boolean complete, String reportingVerb) {

    SpeakerMatch {
        people = List.copyOf(people);
    }

    SpeakerMatch(int start, int next, List<Person> people, String inlineStatement, boolean complete) {
        this(start, next, people, inlineStatement, complete, null);
    }

    SpeakerMatch(int start, int next, List<Person> people, String inlineStatement) {
        this(start, next, people, inlineStatement, false);
    }
}
