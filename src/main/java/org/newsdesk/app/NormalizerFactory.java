package org.newsdesk.app;

import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.normalize.NoteNormalizer;

/** The normalizer, told which publications exist so a note's publication can be recognised. */
final class NormalizerFactory {

    private NormalizerFactory() {
    }

    static NoteNormalizer create(PublicationProfiles profiles) {
        return new NoteNormalizer();
    }
}
