package org.newsdesk.domain;

/**
 * One person quoted in a newsletter item. {@code statement} is the whole statement as the note
 * gives it, paragraphs separated by a blank line, attribution and markup removed.
 * {@code reportingVerb} is the verb the note used to attribute it ("said", "pointed out"), or null
 * when the note used none (a "Name — Role" header, a labelled line): the issue then uses its
 * publication's default verb.
 */
public record Speaker(
        String name, String honorific, String role, String organization, String statement, String reportingVerb) {

    /** A speaker whose note gave no reporting verb. */
    public Speaker(String name, String honorific, String role, String organization, String statement) {
        this(name, honorific, role, organization, statement, null);
    }

    public Speaker withStatement(String newStatement) {
        return new Speaker(name, honorific, role, organization, newStatement, reportingVerb);
    }
}
