package org.newsdesk.domain;

/**
 * One person quoted in a newsletter item. {@code statement} is the whole statement as the note
 * gives it, paragraphs separated by a blank line, attribution and markup removed.
 */
public record Speaker(String name, String honorific, String role, String organization, String statement) {

    public Speaker withStatement(String newStatement) {
        return new Speaker(name, honorific, role, organization, newStatement);
    }
}
