package org.newsdesk.render;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsdesk.domain.Issue;
import org.newsdesk.domain.IssueEvent;
import org.newsdesk.domain.Publication;
import org.newsdesk.domain.Speaker;

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

    /** One event: its heading, lead and speaker paragraphs. */
    public record EventView(String title, String lead, List<SpeakerView> speakers) {}

    /**
     * One speaker. In prose style {@code opening} is "Ms. Miao Hong, Sustainable Investment Program
     * Director, WRI China, noted that" and {@code firstParagraph} continues it; in block style the name
     * and the role line stand on their own lines.
     */
    public record SpeakerView(
            String name, String roleLine, String opening, String firstParagraph, List<String> moreParagraphs) {}

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
            List<SpeakerView> speakers = new ArrayList<>();
            for (Speaker s : event.speakers()) {
                speakers.add(speaker(s, publication.proseStyle(), compact));
            }
            events.add(new EventView(
                    BidiControls.removed(event.title()),
                    BidiControls.removed(event.lead()),
                    compact ? List.of() : speakers));
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
                .map(e -> new EventView(e.title(), null, List.of()))
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

    static SpeakerView speaker(Speaker s, boolean prose, boolean compact) {
        // what a person wrote goes to every output without hidden direction controls
        String honorific = BidiControls.removed(s.honorific());
        String fullName =
                (honorific == null || honorific.isBlank() ? "" : honorific + " ") + BidiControls.removed(s.name());
        String roleLine = joinRole(BidiControls.removed(s.role()), BidiControls.removed(s.organization()));
        List<String> paragraphs = paragraphs(BidiControls.removed(s.statement()));
        String first = paragraphs.isEmpty() ? "" : paragraphs.get(0);
        List<String> more = paragraphs.size() > 1 ? paragraphs.subList(1, paragraphs.size()) : List.of();
        String opening = null;
        if (prose) {
            // "Ms. X, Role, Org, noted that"; with neither role nor organization simply "Mr. X noted that"
            opening = roleLine == null ? fullName + " noted that" : fullName + ", " + roleLine + ", noted that";
            first = lowerFirstWord(first);
        }
        return new SpeakerView(fullName, roleLine, opening, first, more);
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
