package org.newsdesk.domain;

import java.util.List;

/**
 * A part of an event the note marks with a heading of its own ("Comments & Discussions",
 * "Conclusion", "Q&A"): the heading as written, the paragraphs under it that are no speaker's
 * statement, and the name of the first speaker the note gives under it (null when none does).
 * Speakers stay in the item's speaker list; a section only says where it begins.
 */
public record Section(String heading, List<String> paragraphs, String firstSpeaker) {

    public Section {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    }
}
