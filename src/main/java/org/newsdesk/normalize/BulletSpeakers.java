package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One list item per speaker: "- Yu Xin (WWF): relevant teams are ...", "* Li Xia, Director, LMEC – ...".
 * Two names sharing one statement ("- Ms. Li Xia and Mr. Wang Fang (LMEC): ...") make two speakers
 * with the same statement, as the note says both made it.
 */
final class BulletSpeakers implements SpeakerRule {

    private static final int MAX_HEADER_CHARS = 200;
    private static final String[] STATEMENT_SEPARATORS = {": ", "：", " – ", " — ", " -- ", " - "};
    private static final String[] NAME_JOINERS = {" and ", " & ", " / ", "、", "; "};

    @Override
    public Optional<SpeakerMatch> match(List<String> lines, int at) {
        String line = lines.get(at);
        int marker = ListMarker.length(line);
        if (marker == 0) {
            return Optional.empty();
        }
        Optional<SpeakerMatch> inline = inlineSpeakers(Markup.strip(line.substring(marker)), at);
        // "* Mr. Rafael Dela Cruz - Barangay Health Workers Federation" over items indented under it: what
        // follows the dash is who he is, and his words are the items below (OneLineHeaderSpeakers reads it)
        if (inline.isPresent() && ListMarker.nestedItemsFollow(lines, at) && isDetailsOnly(inline.get())) {
            return Optional.empty();
        }
        return inline;
    }

    private static boolean isDetailsOnly(SpeakerMatch m) {
        String s = m.inlineStatement();
        return s == null || s.split("\\s+").length <= 10 && !s.matches(".*[.!?]$") && HeaderText.isDetails(s);
    }

    /** "Name (Org): statement" and its variants, wherever they stand; shared with {@link ColonSpeakers}. */
    static Optional<SpeakerMatch> inlineSpeakers(String item, int at) {
        int sep = -1;
        String separator = null;
        for (String s : STATEMENT_SEPARATORS) {
            int i = item.indexOf(s);
            if (i > 0 && i < MAX_HEADER_CHARS && (sep < 0 || i < sep)) {
                sep = i;
                separator = s;
            }
        }
        if (sep < 0) {
            return Optional.empty();
        }
        List<Person> people = people(item.substring(0, sep).strip());
        if (people.isEmpty()) {
            return Optional.empty();
        }
        String statement = item.substring(sep + separator.length()).strip();
        return Optional.of(new SpeakerMatch(at, at + 1, people, statement.isEmpty() ? null : statement));
    }

    /** "Name (Org)", "Name, Role, Org", "Name and Name (Org)"; empty unless every name looks like one. */
    static List<Person> people(String header) {
        String names = header;
        String details = null;
        int paren = header.indexOf(" (");
        if (paren > 0 && header.endsWith(")")) {
            names = header.substring(0, paren);
            details = header.substring(paren + 2, header.length() - 1);
            int comma = names.indexOf(", ");
            if (comma > 0) {
                // "rahul menon, mobility planner (Kochi Urban Mobility Cell)": the role after the name, the
                // organisation in brackets
                details = names.substring(comma + 2) + ", " + details;
                names = names.substring(0, comma);
            }
        } else {
            int comma = header.indexOf(", ");
            if (comma > 0) {
                names = header.substring(0, comma);
                details = header.substring(comma + 2);
            }
        }
        List<String> parts = new ArrayList<>(List.of(names));
        for (String joiner : NAME_JOINERS) {
            List<String> split = new ArrayList<>();
            for (String p : parts) {
                split.addAll(List.of(p.split(java.util.regex.Pattern.quote(joiner))));
            }
            parts = split;
        }
        List<Person> people = new ArrayList<>();
        // "- anna berg (Blue Coast Foundation): …": the details in brackets say a person is named, even in lower case
        boolean lowerCaseAllowed = details != null && paren > 0;
        for (String name : parts) {
            if (!NameShape.looksLikeName(name.strip(), lowerCaseAllowed)) {
                return List.of();
            }
            people.add(People.of(name, details));
        }
        return people;
    }
}
