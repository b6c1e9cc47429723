package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.NoteRejectedException;
import org.newsdesk.domain.NoteSource;
import org.newsdesk.domain.Speaker;
import org.newsdesk.read.ReadNote;

/**
 * Turns the clean text of one note into a newsletter item. Each decision is a named rule of this
 * package; this class only runs them in order: front matter, speakers (which also tell where the event
 * header ends), then title, date, format, place, organizers, lead, publication and language.
 * Anything a person must settle becomes a warning on the item, which holds it for review.
 */
public class NoteNormalizer {

    private static final int MAX_ACRONYM_LINES = 500;

    private final PublicationRule publications;
    private final SpeakerFinder speakerFinder = new SpeakerFinder();

    public NoteNormalizer(List<KnownPublication> knownPublications) {
        this.publications = new PublicationRule(knownPublications);
    }

    /** With the publications of the bundled profiles. */
    public NoteNormalizer() {
        this(KnownPublication.defaults());
    }

    public Item normalize(ReadNote note) {
        FrontMatter front = FrontMatterRule.read(note.text());
        List<String> lines = List.of(Markup.withoutComments(front.body()).split("\n", -1));
        CoverLetter cover = CoverLetter.of(lines);
        SpeakerFinder.Found found = speakerFinder.find(lines, cover);
        List<Speaker> speakers = found.speakers();
        if (speakers.isEmpty()) {
            throw new NoteRejectedException("no-speakers", "No speaker with a statement was found in \"" + note.fileName()
                    + "\"; put each speaker on a line of their own (\"Name — Role, Organization\") followed by what they said.");
        }
        EventHeader header = EventHeader.of(lines, found.firstHeader(), cover);
        List<String> warnings = new ArrayList<>(front.warnings());

        String title = TitleRule.title(front, header, note.subject(), acronyms(lines));
        if (title == null) {
            warnings.add("No event title was found; add a line such as \"Event: Forum on ...\" to the note.");
        }
        EventDateRule.EventDate date = EventDateRule.date(front, header);
        addIfPresent(warnings, date.warning());
        PublicationRule.Choice publication = publications.choose(front, note.publicationHint(), note.subject(), title, header);
        addIfPresent(warnings, publication.warning());
        addIfPresent(warnings, LanguageRule.warning(speakers));

        return new Item(
                Item.SCHEMA,
                ItemId.of(title, date.date(), speakers),
                publication.id(),
                title,
                date.date(),
                EventFormatRule.format(front, header),
                LocationRule.location(front, header),
                OrganizersRule.organizers(front, header),
                LeadRule.lead(header, title),
                speakers,
                new NoteSource(note.fileName(), note.sha256(), note.received(), note.via()),
                warnings);
    }

    private static void addIfPresent(List<String> warnings, String warning) {
        if (warning != null) {
            warnings.add(warning);
        }
    }

    private static boolean mostlyLowerCase(String line) {
        long lower = line.chars().filter(Character::isLowerCase).count();
        long upper = line.chars().filter(Character::isUpperCase).count();
        return lower > 3 * upper;
    }

    /** Upper-case words the note uses inside ordinary sentences ("LMEC", "MEE"), kept when a capitals title is recased. */
    private static Set<String> acronyms(List<String> lines) {
        Set<String> out = new HashSet<>();
        for (String line : lines.subList(0, Math.min(lines.size(), MAX_ACRONYM_LINES))) {
            if (line.length() > 5_000 || !mostlyLowerCase(line)) {
                continue;
            }
            for (String word : line.split("[\\s,.;:()\"/-]+")) {
                if (Vocabulary.isAcronym(word)) {
                    out.add(word);
                }
            }
        }
        return out;
    }
}
