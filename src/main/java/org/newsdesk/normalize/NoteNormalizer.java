package org.newsdesk.normalize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.NoteRejectedException;
import org.newsdesk.domain.NoteSource;
import org.newsdesk.domain.Speaker;
import org.newsdesk.domain.Warning;
import org.newsdesk.read.ReadNote;

/**
 * Turns the clean text of one note into a newsletter item. Each decision is a named rule of this
 * package; this class only runs them in order: front matter, the lines set aside (page chrome,
 * mastheads, footers, captions, forwarded headers, quoted mail), speakers (which also tell where the
 * event header ends), the field rules, then the self-checks. Anything a person must settle becomes a
 * warning on the item, which holds it for review.
 */
public class NoteNormalizer {

    private final PublicationRule publications;
    private final UnknownShorthand shorthand;
    private final SpeakerFinder speakerFinder = new SpeakerFinder();
    private final TitleRule titles = new TitleRule();
    private final FieldRule<LocalDate> dates = new EventDateRule();
    private final FieldRule<String> formats = new EventFormatRule();
    private final FieldRule<String> locations = new LocationRule();
    private final FieldRule<List<String>> organizers = new OrganizersRule();
    private final FieldRule<String> leads = new LeadRule(titles);

    public NoteNormalizer(List<KnownPublication> knownPublications) {
        this.publications = new PublicationRule(knownPublications);
        this.shorthand = new UnknownShorthand(knownPublications);
    }

    /** With the publications of the bundled profiles. */
    public NoteNormalizer() {
        this(KnownPublication.defaults());
    }

    public Item normalize(ReadNote note) {
        NoteContext context = NoteContext.of(note.text(), note.subject(), speakerFinder);
        List<Speaker> speakers = HonorificInLaterMention.apply(context.found().speakers(), context.bodyLines());
        FrontMatter front = context.front();
        EventHeader header = context.header();
        List<Warning> warnings = new ArrayList<>();
        // a charset guessed or contradicted by the note's own declaration may have garbled any value
        note.warnings().forEach(w -> warnings.add(Warning.of("text-decoding-uncertain", null, w)));
        front.warnings().forEach(w -> warnings.add(Warning.of("front-matter-invalid", null, w)));
        Readings readings = new Readings(
                titles.read(context),
                dates.read(context),
                formats.read(context),
                locations.read(context),
                organizers.read(context),
                leads.read(context));
        for (Reading<?> r : List.of(
                readings.title(),
                readings.date(),
                readings.format(),
                readings.location(),
                readings.organizers(),
                readings.lead())) {
            warnings.addAll(r.warnings());
        }
        String title = readings.title().value();
        if (speakers.isEmpty()) {
            // a note that names no event either is not a meeting note; one that does waits for an editor to add the
            // speakers
            if (title == null && readings.date().value() == null) {
                throw new NoteRejectedException(
                        "no-speakers",
                        "No speaker with a statement was found in \"" + note.fileName()
                                + "\"; put each speaker on a line of their own (\"Name — Role, Organization\") followed by what they said.");
            }
            warnings.add(
                    Warning.of(
                            "no-speakers",
                            "speakers",
                            "No speaker with a statement could be read from this note; add each "
                                    + "speaker (\"Name — Role, Organization\" and what they said) before the item can go out."));
        }
        PublicationRule.Choice publication =
                publications.choose(front, note.publicationHint(), note.subject(), title, header);
        if (publication.warning() != null) {
            warnings.add(Warning.of(
                    publication.id() == null ? "publication-unknown" : "publication-guessed",
                    "publication",
                    publication.warning()));
        }
        String language = LanguageRule.warning(speakers);
        if (language != null) {
            warnings.add(Warning.of("unsupported-language", "speakers", language));
        }
        Item item = new Item(
                Item.SCHEMA,
                ItemId.of(title, readings.date().value(), speakers),
                publication.id(),
                title,
                readings.date().value(),
                readings.format().value(),
                readings.location().value(),
                readings.organizers().value(),
                readings.lead().value(),
                speakers,
                new NoteSource(note.fileName(), note.sha256(), note.received(), note.via()),
                List.of(),
                NoteSections.read(context));
        warnings.addAll(SelfChecks.run(item, context, readings));
        // the shorthand a publication's glossary knows is expanded in the issue; any other waits for an editor
        warnings.addAll(shorthand.check(item, context, readings));
        warnings.addAll(WeakEvidence.forHeld(item, context, readings, warnings));
        return item.withWarnings(warnings);
    }
}
