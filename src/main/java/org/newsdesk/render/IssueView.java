package org.newsdesk.render;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsdesk.domain.Issue;
import org.newsdesk.domain.IssueEvent;
import org.newsdesk.domain.Publication;
import org.newsdesk.domain.Section;
import org.newsdesk.domain.Speaker;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;
import org.nibor.autolink.Span;

/**
 * What the issue templates see: plain strings, already laid out in the publication's house style.
 * Templates escape every value ({{ }}), so nothing a person wrote can become markup.
 */
public record IssueView(
        String title,
        String mastheadZh,
        String mastheadEn,
        String subtitle,
        String label,
        String date,
        boolean preview,
        boolean compact,
        boolean proseStyle,
        List<EventView> events,
        String contactHeading,
        List<String> contactLines,
        List<String> aboutParagraphs,
        String pdfFileName) {

    /**
     * One event: its heading, lead and speaker paragraphs, then the sections the notes mark that begin
     * with no speaker of theirs (a Q&A's paragraphs after the last speaker).
     */
    public record EventView(String title, String lead, List<SpeakerView> speakers, List<SectionView> sections) {}

    /**
     * One speaker. In prose style {@code opening} is "Ms. Miao Hong, Sustainable Investment Program
     * Director, WRI China, said that" (the note's verb, else the profile's) and {@code firstParagraph}
     * continues it; in block style the name and the role line stand on their own lines. {@code section}
     * is the section of the event that begins with this speaker ("Comments & Discussions"), or null.
     */
    public record SpeakerView(
            String name,
            String roleLine,
            String opening,
            String firstParagraph,
            List<ProseBlocks.Block> moreParagraphs,
            SectionView section) {}

    /** A section of an event: its heading and its own paragraphs (sentences or lists). */
    public record SectionView(String heading, List<ProseBlocks.Block> paragraphs) {}

    private static final Set<String> LOWERCASE_STARTERS = Set.of(
            "the",
            "a",
            "an",
            "as",
            "in",
            "it",
            "its",
            "this",
            "these",
            "there",
            "we",
            "our",
            "under",
            "with",
            "while",
            "since",
            "for",
            "on",
            "at",
            "by",
            "from",
            "to",
            "when",
            "if",
            "although",
            "currently",
            "also",
            "both",
            "all",
            "more",
            "most",
            "many",
            "some",
            "such",
            "local",
            "regional",
            "relevant",
            "green",
            "fully",
            "effective",
            "international",
            "climate",
            "women",
            "provinces");

    public static IssueView of(Issue issue, Publication publication, boolean compact, String pdfFileName) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(publication.issueDateFormat(), Locale.ENGLISH);
        List<EventView> events = new ArrayList<>();
        for (IssueEvent event : issue.events()) {
            events.add(event(event, publication, compact));
        }
        String label = issue.label();
        return new IssueView(
                publication.name() + " — " + label,
                publication.mastheadZh(),
                publication.mastheadEn(),
                publication.subtitle(),
                label,
                issue.date().format(format),
                issue.preview(),
                compact,
                publication.proseStyle(),
                events,
                publication.contactHeading(),
                contactLines(publication),
                paragraphs(publication.about()),
                pdfFileName);
    }

    /** The same view with the events' leads left out (titles only), for a mail that must stay small. */
    public IssueView withoutLeads() {
        List<EventView> titles = events.stream()
                .map(e -> new EventView(e.title(), null, List.of(), List.of()))
                .toList();
        return new IssueView(
                title,
                mastheadZh,
                mastheadEn,
                subtitle,
                label,
                date,
                preview,
                true,
                proseStyle,
                titles,
                contactHeading,
                contactLines,
                aboutParagraphs,
                pdfFileName);
    }

    private static EventView event(IssueEvent event, Publication publication, boolean compact) {
        // what a person wrote goes to every output without hidden direction controls
        String lead = event.lead() == null
                ? null
                : ProseBlocks.sentence(BidiControls.removed(event.lead()).strip());
        if (compact) {
            return new EventView(BidiControls.removed(event.title()), lead, List.of(), List.of());
        }
        List<SpeakerView> speakers = new ArrayList<>();
        List<Section> unplaced = new ArrayList<>(event.sections());
        String defaultVerb = publication.houseStyle().defaultVerb();
        for (Speaker s : event.speakers()) {
            Section starts = null;
            for (Section section : unplaced) {
                if (s.name().equals(section.firstSpeaker())) {
                    starts = section;
                    break;
                }
            }
            unplaced.remove(starts);
            speakers.add(speaker(s, publication.proseStyle(), defaultVerb, starts == null ? null : section(starts)));
        }
        return new EventView(
                BidiControls.removed(event.title()),
                lead,
                speakers,
                unplaced.stream().map(IssueView::section).toList());
    }

    private static SectionView section(Section s) {
        return new SectionView(
                BidiControls.removed(s.heading()),
                ProseBlocks.of(
                        s.paragraphs().stream().map(BidiControls::removed).toList(), false));
    }

    /** An event with its anchor in the printed issue ("event-1"), which its bookmark points to. */
    public record NumberedEvent(String anchor, EventView event) {}

    /** The events numbered from 1, for the print template's headings and bookmarks. */
    public List<NumberedEvent> numberedEvents() {
        List<NumberedEvent> numbered = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            numbered.add(new NumberedEvent("event-" + (i + 1), events.get(i)));
        }
        return numbered;
    }

    /** A run of a contact line: plain text, or an address or web link with its {@code href}. */
    public record LinkedText(String text, String href) {}

    /** A contact line as runs of text and links. */
    public record LinkedLine(List<LinkedText> runs) {}

    /** The contact lines cut into runs, so e-mail addresses and web addresses become live links. */
    public List<LinkedLine> contactLinks() {
        LinkExtractor extractor = LinkExtractor.builder()
                .linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW, LinkType.EMAIL))
                .build();
        List<LinkedLine> lines = new ArrayList<>();
        for (String line : contactLines) {
            List<LinkedText> runs = new ArrayList<>();
            for (Span span : extractor.extractSpans(line)) {
                String text = line.substring(span.getBeginIndex(), span.getEndIndex());
                String href = null;
                if (span instanceof LinkSpan link) {
                    href = switch (link.getType()) {
                        case EMAIL -> "mailto:" + text;
                        case WWW -> "http://" + text;
                        case URL -> text;
                    };
                }
                runs.add(new LinkedText(text, href));
            }
            lines.add(new LinkedLine(runs));
        }
        return lines;
    }

    static SpeakerView speaker(Speaker s, boolean prose, String defaultVerb, SectionView section) {
        String honorific = BidiControls.removed(s.honorific());
        String fullName =
                (honorific == null || honorific.isBlank() ? "" : honorific + " ") + BidiControls.removed(s.name());
        String roleLine = joinRole(BidiControls.removed(s.role()), BidiControls.removed(s.organization()));
        List<String> paragraphs = paragraphs(BidiControls.removed(s.statement()));
        String first = paragraphs.isEmpty() ? "" : paragraphs.get(0);
        List<String> rest = paragraphs.size() > 1 ? paragraphs.subList(1, paragraphs.size()) : List.of();
        List<ProseBlocks.Block> more = ProseBlocks.of(rest, first.endsWith(":"));
        String opening = null;
        if (prose) {
            // "Ms. X, Role, Org, said that"; with neither role nor organization simply "Mr. X said that"
            String verb = (s.reportingVerb() == null || s.reportingVerb().isBlank() ? defaultVerb : s.reportingVerb())
                    + " that";
            opening = roleLine == null ? fullName + " " + verb : fullName + ", " + roleLine + ", " + verb;
            first = ProseBlocks.finished(lowerFirstWord(first));
        } else {
            first = ProseBlocks.sentence(first);
        }
        return new SpeakerView(fullName, roleLine, opening, first, more, section);
    }

    /**
     * "Role, Organization" in both styles. The published issues join them in several ways ("of the",
     * "at the", organization first); a comma is the one join that is right for every note.
     */
    private static String joinRole(String role, String organization) {
        boolean hasRole = role != null && !role.isBlank();
        boolean hasOrg = organization != null && !organization.isBlank();
        if (hasRole && hasOrg) {
            return role + ", " + organization;
        }
        return hasRole ? role : hasOrg ? organization : null;
    }

    /** "As a responsible ..." reads "noted that as a responsible ..."; names and acronyms keep their case. */
    static String lowerFirstWord(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        String word = text.substring(0, end);
        boolean capitalizedOnly = word.length() > 0
                && (word.length() == 1 || word.substring(1).chars().allMatch(Character::isLowerCase));
        if (capitalizedOnly && (LOWERCASE_STARTERS.contains(word.toLowerCase(Locale.ROOT)) || gerund(word))) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }

    /**
     * "Ensuring ...", "Promoting ...": a statement opening with a verb's -ing form reads "noted that
     * ensuring ...". Pinyin place names also end in -ing (Beijing, Chongqing, Xining, Liaoning), so a
     * stem ending in j, q, x or n, and the few others listed, keep their capital.
     */
    static boolean gerund(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 6 || !w.endsWith("ing") || PLACES_ENDING_IN_ING.contains(w)) {
            return false;
        }
        char beforeIng = w.charAt(w.length() - 4);
        return "jqxn".indexOf(beforeIng) < 0 || w.endsWith("nning") || w.endsWith("ening");
    }

    private static final Set<String> PLACES_ENDING_IN_ING = Set.of(
            "kunming",
            "jiading",
            "baoding",
            "dading",
            "xiangning",
            "wuling",
            "taiping",
            "anping",
            "yanping",
            "zhaoqing",
            "huaiping",
            "nanping",
            "yuping",
            "leping",
            "gaoping");

    private static List<String> contactLines(Publication p) {
        if (p.contactVerbatim() == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(List.of(p.contactVerbatim().strip().split("\n", -1)));
        // The heading is printed as a heading; the rest line by line, exactly as the profile gives it.
        if (!lines.isEmpty() && lines.get(0).strip().equalsIgnoreCase(p.contactHeading())) {
            lines.remove(0);
            while (!lines.isEmpty() && lines.get(0).isBlank()) {
                lines.remove(0);
            }
        }
        return lines;
    }

    static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String p : text.strip().split("\\n\\s*\\n")) {
            String joined = p.strip().replaceAll("\\s*\\n\\s*", " ");
            if (!joined.isEmpty()) {
                out.add(joined);
            }
        }
        return out;
    }
}
