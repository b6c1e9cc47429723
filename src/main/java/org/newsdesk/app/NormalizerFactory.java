package org.newsdesk.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.domain.Publication;
import org.newsdesk.normalize.KnownPublication;
import org.newsdesk.normalize.NoteNormalizer;

/**
 * The normalizer, told which publications exist and the names notes use for them (the profile's
 * aliases and mastheads), so a note's publication can be recognised.
 */
public final class NormalizerFactory {

    private NormalizerFactory() {}

    public static NoteNormalizer create(PublicationProfiles profiles) {
        List<KnownPublication> known = new ArrayList<>();
        for (Publication p : profiles.all()) {
            List<String> names = new ArrayList<>(p.mailboxAliases());
            names.add(p.mastheadEn());
            names.add(p.mastheadZh());
            known.add(new KnownPublication(
                    p.id(),
                    names.stream().filter(Objects::nonNull).distinct().toList(),
                    p.houseStyle().glossary().stream()
                            .map(Publication.GlossaryEntry::term)
                            .toList()));
        }
        return new NoteNormalizer(known);
    }
}
