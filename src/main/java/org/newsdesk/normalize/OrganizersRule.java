package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.domain.Warning;
import org.newsdesk.normalize.LabelledLine.Label;

/**
 * Who organised the event: front matter {@code organizers}; else "Host:", "Organizer:", "Co-sponsors:",
 * "Supported by:", "主办" lines (also inside a run-on first line, a Markdown table row, or as a list
 * under the label); else the organisers a sentence names ("… hosted by the Blue Coast Institute",
 * "A, B and C co-sponsored the side event"). One organiser may contain commas ("Foreign Environmental
 * Cooperation Center, Ministry of Ecology and Environment"); in a label several are separated by ";",
 * " / " or " and " between two organisation names; in a sentence by commas and "and".
 */
final class OrganizersRule implements FieldRule<List<String>> {

    private static final Pattern CUE_THEN_NAMES = Pattern.compile(
            "(?i)\\b(?:co-?hosted|hosted|co-?organi[sz]ed|organi[sz]ed|co-?convened|convened|co-?sponsored|sponsored|supported"
                    + "|jointly organi[sz]ed|jointly hosted)\\s+(?:jointly\\s+)?by\\s+(.{3,400})");
    private static final Pattern NAMES_THEN_CUE = Pattern.compile(
            "(?:^|[.;:]\\s+|\\b(?:and|by)\\s)((?:[Tt]he\\s)?\\p{Lu}[^.;:]{2,300}?)\\s+(?:jointly\\s+)?(?:co-?sponsored|co-?hosted|co-?organi[sz]ed"
                    + "|co-?convened|organi[sz]ed|hosted|convened)\\s+(?:the|this|a|an)\\b");
    /** "Organised by" on a line of its own, the organisers listed below it. */
    private static final Pattern BARE_CUE = Pattern.compile(
            "(?i)(?:co-?)?(?:organi[sz]ed|hosted|convened|sponsored|supported|presented)(?: jointly)? by:?|in partnership with:?");
    /** Where a list of organisers in a sentence ends. */
    private static final Pattern LIST_END = Pattern.compile(
            "(?:\\s+and\\s+(?:sponsored|funded|financed|paid for)\\s+by\\s|,?\\s+(?:to|on|in|at|from|with|as|under|during|which|who|where|that|this|was|were|is|are|has|have|brought|gathered)\\s"
                    // "for" goes on inside a name ("Baltic Farmers for Clean Water"), not before a lower-case word
                    + "|,?\\s+for\\s(?!\\s*\\p{Lu})"
                    // ", the Kumasi Farmers' Union" lists another name; ", the first of its kind" ends the list
                    + "|[.;:()]|,\\s+(?!the\\s+\\p{Lu})\\p{Ll}|\\s[–—-]{1,2}\\s|\\s\\|\\s)");

    @Override
    public Reading<List<String>> read(NoteContext note) {
        for (String key : List.of("organizers", "organizer", "organisers", "organiser", "hosts", "host")) {
            List<String> listed = note.front().list(key);
            if (!listed.isEmpty()) {
                return Reading.of(listed, -1, Reading.Evidence.FRONT_MATTER);
            }
        }
        List<String> out = fromLabels(note.header());
        List<String> supporters = new ArrayList<>();
        for (String value : note.header().values(Label.SUPPORTER)) {
            addAll(supporters, splitLabel(value));
        }
        supporters.removeIf(out::contains);
        if (!supporters.isEmpty()) {
            return supported(out, supporters);
        }
        if (!out.isEmpty()) {
            List<String> inProse = new ArrayList<>();
            for (String line : note.header().lines()) {
                if (LabelledLine.parse(line).isEmpty()) {
                    addAll(inProse, inSentence(line));
                }
            }
            List<String> unlisted = inProse.stream()
                    .filter(p -> out.stream().noneMatch(o -> o.contains(p) || p.contains(o)))
                    .toList();
            if (!unlisted.isEmpty()) {
                // the label and the text name different organisers: which is right is for an editor to say
                return new Reading<>(
                        out,
                        -1,
                        Reading.Evidence.LABEL,
                        List.of(Warning.of(
                                "organizers-uncertain",
                                "organizers",
                                "The organisers listed (" + String.join("; ", out) + ") leave out "
                                        + String.join("; ", unlisted)
                                        + ", which the text also names as organising; confirm the list.")));
            }
            return Reading.of(out, -1, Reading.Evidence.LABEL);
        }
        // "… hosted by A, was held …" and "B and C co-sponsored the side event": every organiser the header names
        List<String> named = new ArrayList<>();
        for (String line : note.header().lines()) {
            addAll(named, inSentence(line));
        }
        return named.isEmpty() ? Reading.none(List.of(), List.of()) : Reading.of(named, -1, Reading.Evidence.SENTENCE);
    }

    /**
     * A "Supported by:" or "Sponsor:" line: notes differ on whether a supporter counts as an organiser, so the
     * item waits for an editor either way. Beside an organisers' line the supporters are left out; alone,
     * they are the only bodies the note names, and they are listed.
     */
    private static Reading<List<String>> supported(List<String> organizers, List<String> supporters) {
        String named = String.join("; ", supporters);
        String message = organizers.isEmpty()
                ? "The note names " + named + " only as supporting or sponsoring the event; they are listed as its"
                        + " organisers. Confirm, or replace them with who organised it."
                : "The note lists " + named + " as supporting or sponsoring the event, apart from its organisers ("
                        + String.join("; ", organizers)
                        + "); they are left out. Add them if this newsletter counts supporters as organisers.";
        return new Reading<>(
                organizers.isEmpty() ? supporters : organizers,
                -1,
                Reading.Evidence.LABEL,
                List.of(Warning.of("organizer-supporter", "organizers", message)));
    }

    /** The organisers a labelled line gives; an empty label followed by list items gives the items. */
    static List<String> fromLabels(EventHeader header) {
        List<String> out = new ArrayList<>();
        for (String value : header.values(Label.ORGANIZER)) {
            addAll(out, splitLabel(value));
        }
        addAll(out, continuationLines(header.lines()));
        addAll(out, fromTableColumns(header.lines()));
        if (out.isEmpty()) {
            List<String> lines = header.lines();
            for (int i = 0; i < lines.size(); i++) {
                var field = LabelledLine.parse(lines.get(i));
                boolean emptyLabel = field.isPresent()
                        && field.get().label() == Label.ORGANIZER
                        && field.get().value().isBlank();
                if (emptyLabel
                        || BARE_CUE.matcher(Markup.strip(lines.get(i)).strip()).matches()) {
                    for (int j = i + 1;
                            j < lines.size()
                                    && (ListMarker.length(lines.get(j)) > 0
                                            || lines.get(j).isBlank() && j == i + 1);
                            j++) {
                        if (!lines.get(j).isBlank()) {
                            addAll(out, List.of(ListMarker.strip(lines.get(j))));
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * A label whose cell or line lists one body per line ("Organisers: Reef Watch Network" / "Harbour
     * Authority", from a table cell with a line break): the lines after it that are each a body's name.
     */
    static List<String> continuationLines(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            var field = LabelledLine.parse(lines.get(i));
            if (field.isEmpty() || field.get().label() != Label.ORGANIZER) {
                continue;
            }
            String value = field.get().value();
            if (value.isBlank() || value.matches("(?s).*(\\b(and|of|on|for|the|in|to|with|a|an|at|&)|[,:–-])$")) {
                continue; // an empty label lists below it; a value that goes on was wrapped, not listed
            }
            for (int j = i + 1; j < lines.size() && isBodyLine(lines.get(j)); j++) {
                out.addAll(splitLabel(Markup.strip(lines.get(j)).strip()));
            }
        }
        return out;
    }

    /**
     * A table with a row of labels over rows of values ("| Date | Venue | Organisers |" over "| 4 March | Phnom
     * Penh | Reef Watch Network |", or a Word or web table whose cells were joined with ": "): the values under
     * the organisers' column.
     */
    static List<String> fromTableColumns(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            List<String> labels = cells(lines.get(i));
            int column = -1;
            boolean allLabels = labels.size() >= 3;
            for (int k = 0; k < labels.size() && allLabels; k++) {
                Label label = LabelledLine.labelOfCell(Markup.strip(labels.get(k)));
                allLabels = label != null;
                if (label == Label.ORGANIZER && column < 0) {
                    column = k;
                }
            }
            if (!allLabels || column < 0) {
                continue;
            }
            for (int j = i + 1; j < lines.size(); j++) {
                if (lines.get(j).strip().matches("\\|?[-:| ]+\\|?")
                        && lines.get(j).contains("-")) {
                    continue; // the row under a Markdown table's header
                }
                List<String> row = cells(lines.get(j));
                if (row.size() != labels.size()) {
                    break;
                }
                out.addAll(splitLabel(Markup.strip(row.get(column)).strip()));
            }
        }
        return out;
    }

    private static List<String> cells(String line) {
        String t = line.strip();
        if (t.startsWith("|") && t.endsWith("|") && t.length() > 2) {
            return List.of(t.substring(1, t.length() - 1).split("\\s*\\|\\s*", -1)).stream()
                    .map(String::strip)
                    .toList();
        }
        return t.contains(": ") ? List.of(t.split(":\\s+", -1)) : List.of(t);
    }

    /** A line that is only the name of a body: capitalised, short, no sentence, no label. */
    private static boolean isBodyLine(String line) {
        String t = Markup.strip(line).strip();
        return !t.isEmpty()
                && t.length() <= 120
                && Character.isUpperCase(t.charAt(0))
                && ListMarker.length(line) == 0
                && t.indexOf(':') < 0
                && t.indexOf('：') < 0
                && t.indexOf('(') < 0
                && !t.matches(".*[.!?:]$|.*\\s\\p{Ll}+\\s\\p{Ll}+\\s\\p{Ll}+\\s.*")
                && OrganizerNames.isBody(t);
    }

    static List<String> splitLabel(String value) {
        List<String> out = new ArrayList<>();
        // Chinese lists: "；", "、", "，" and a comma between two Chinese names, which never hold one
        for (String part : value.split("[;；，]|\\s/\\s|\\s\\|\\s|、|\\s[·•]\\s|(?<=\\p{IsHan}),\\s*(?=\\p{IsHan})")) {
            for (String named : splitCommas(part)) {
                out.addAll(splitAnd(named));
            }
        }
        return out;
    }

    /** Organisation names that end a unit's name and start its parent's: "…Center, Ministry of Ecology and Environment". */
    private static final Pattern PARENT = Pattern.compile(
            "(?i)^(?:the\\s)?(?:ministry|department|government|university|academy|commission|office|bureau|agency|state|province|"
                    + "city|municipality|county|council|secretariat|embassy|republic|kingdom|people's)\\b.*");

    /**
     * "Blue Coast Institute, Harbour Foundation, Reef Watch Network": three organisations. A part that names a
     * parent body ("Ministry of …") or an acronym keeps the part before it ("FECO, MEE" is one organiser).
     */
    static List<String> splitCommas(String part) {
        String[] parts = part.split(",\\s+");
        if (parts.length < 2) {
            return List.of(part);
        }
        for (String p : parts) {
            String t = p.strip();
            boolean fullName = t.split("\\s+").length >= 2 && Vocabulary.anyWordIn(t, Vocabulary.ORGANIZATION_WORDS);
            if (!fullName || PARENT.matcher(t).matches()) {
                return List.of(part);
            }
        }
        return List.of(parts);
    }

    /** "Blue Coast Institute and Harbour Foundation" is two; "Ministry of Ecology and Environment" is one. */
    private static List<String> splitAnd(String part) {
        Matcher and = Pattern.compile(" (?:and|&) ").matcher(part);
        if (!and.find()) {
            return List.of(part);
        }
        int at = and.start();
        String left = part.substring(0, at).strip();
        String right = part.substring(and.end()).strip();
        boolean bothNames = words(left) >= 2
                && words(right.replaceFirst("^(?i)the ", "")) >= 2
                && Character.isUpperCase(right.replaceFirst("^(?i)the ", "").charAt(0))
                && (Vocabulary.anyWordIn(left, Vocabulary.ORGANIZATION_WORDS)
                        || Vocabulary.isAcronym(left.replaceAll(".*\\s", "")))
                && (Vocabulary.anyWordIn(right, Vocabulary.ORGANIZATION_WORDS) || right.contains("("));
        if (!bothNames) {
            return List.of(part);
        }
        List<String> out = new ArrayList<>(List.of(left));
        out.addAll(splitAnd(right));
        return out;
    }

    /** Organisers named in one line of running prose, or empty. */
    static List<String> inSentence(String line) {
        List<String> out = new ArrayList<>();
        if (line.length() > 5_000) {
            return out;
        }
        for (String sentence : Sentences.of(Markup.strip(line))) {
            Matcher m = CUE_THEN_NAMES.matcher(sentence);
            if (m.find()) {
                List<String> named = names(cut(m.group(1)));
                // "co-hosted by the Sahel Agrivoltaic Network and Sunfields": "co-" says there is more than one
                boolean several = m.group().toLowerCase(Locale.ROOT).matches("^(?:co|jointly).*");
                // but not "the Ministry of Land and Water", where "and" joins what the body is of
                if (several
                        && named.size() == 1
                        && named.get(0).matches(".+\\s(?:and|&)\\s(?:the\\s)?\\p{Lu}.*")
                        && !named.get(0).matches("(?i).*\\b(?:of|for|on)(?:\\s+\\S+){1,2}\\s(?:and|&)\\s.*")) {
                    String one = named.get(0);
                    int and = Math.max(one.lastIndexOf(" and "), one.lastIndexOf(" & "));
                    named = List.of(one.substring(0, and), one.substring(and).replaceFirst("^\\s(?:and|&)\\s", ""));
                }
                addAll(out, named);
            }
            Matcher n = NAMES_THEN_CUE.matcher(sentence);
            if (n.find()) {
                addAll(out, names(n.group(1)));
            }
        }
        return out;
    }

    private static String cut(String written) {
        String text = written.replaceAll(
                        "\\s+and\\s+(?:(?:co-?|jointly\\s+)?(?:organi[sz]ed|hosted|convened)|co-?sponsored|supported)\\s+by\\s+",
                        " and ")
                .replaceAll(
                        "\\s+(?:together with|in partnership with|jointly with|alongside|in cooperation with"
                                + "|in collaboration with|w/|with(?! (?:the )?(?:support|funding|financial|participation|help|backing|contributions?)\\b))\\s+",
                        " and ");
        Matcher end = LIST_END.matcher(text);
        return end.find() ? text.substring(0, end.start()) : text;
    }

    /** "A, B and C" as three names, each an organisation's (capitalised, not a person's). */
    private static List<String> names(String list) {
        List<String> out = new ArrayList<>();
        List<String> pieces = new ArrayList<>();
        String[] byComma = list.split(",\\s+");
        for (int i = 0; i < byComma.length; i++) {
            String piece = byComma[i];
            // "… Union and the Ghana Soil and Shade Trust": "and the" lists, the "and" inside a name does not
            int and = piece.indexOf(" and the ") > 0 ? piece.indexOf(" and the ") : piece.lastIndexOf(" and ");
            if (and < 0) {
                and = piece.lastIndexOf(" & ");
            }
            // "A, B and C": after commas the last "and" lists; alone, "A and the B" or two organisations' names
            String right = and > 0
                    ? piece.substring(and).replaceFirst("^ (?:and|&) ", "").replaceFirst("^(?i)the ", "")
                    : "";
            boolean twoNames = and > 0
                    && right.split("\\s+").length >= 2
                    && Character.isUpperCase(right.charAt(0))
                    && piece.substring(0, and).strip().split("\\s+").length >= 2;
            if (and > 0
                    && (byComma.length > 1 && i == byComma.length - 1
                            || splitAnd(piece).size() > 1
                            || twoNames
                            || piece.substring(and).matches(" (?:and|&) (?i:the) .*"))) {
                pieces.add(piece.substring(0, and));
                pieces.add(piece.substring(and).replaceFirst("^ (?:and|&) ", ""));
            } else {
                pieces.add(piece);
            }
        }
        for (String piece : pieces) {
            String p = RoleAndOrganization.tidy(
                    piece.replaceFirst("^(?i)(?:and|the)\\s+", "").replaceFirst("^(?i)the\\s+", ""));
            boolean person =
                    PersonLine.read(p).filter(r -> r.details().isEmpty()).isPresent()
                            && !Vocabulary.anyWordIn(p, Vocabulary.ORGANIZATION_WORDS);
            if (p.isEmpty() || !Character.isUpperCase(p.charAt(0)) || person) {
                return List.of();
            }
            out.add(p);
        }
        return out;
    }

    private static void addAll(List<String> out, List<String> parts) {
        for (String part : parts) {
            String p = RoleAndOrganization.tidy(part);
            if (p.toLowerCase(Locale.ROOT).startsWith("the ")) {
                p = p.substring(4);
            }
            if (!p.isEmpty() && !out.contains(p)) {
                out.add(p);
            }
        }
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}
