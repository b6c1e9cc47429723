package org.newsdesk.normalize;

import org.newsdesk.domain.Item;
import org.newsdesk.read.ReadNote;

/** Turns the clean text of one note into a newsletter item. */
public class NoteNormalizer {

    public Item normalize(ReadNote note) {
        throw new UnsupportedOperationException("not yet");
    }
}
