package org.newsdesk.normalize;

import java.util.List;
import java.util.Optional;

/**
 * Shared reading of a speaker header: "Name — Role, Org", "Name, Role, Org", "Name (Role, Org)",
 * "Name: Role of Org". The name must look like a name; the rest is split by {@link RoleAndOrganization}.
 */
final class HeaderText {

    private static final String[] NAME_SEPARATORS = {" — ", " – ", " -- ", " - ", " | ", "：", ": "};

    private HeaderText() {}

    /** A name followed by what the person is; empty when the text does not start with a name. */
    static Optional<Person> nameThenDetails(String text) {
        String t = Markup.strip(text).strip();
        int best = -1;
        String sep = null;
        for (String s : NAME_SEPARATORS) {
            int i = t.indexOf(s);
            if (i > 0 && (best < 0 || i < best)) {
                best = i;
                sep = s;
            }
        }
        if (best > 0) {
            String name = t.substring(0, best);
            String rest = t.substring(best + sep.length());
            if (NameShape.looksLikeName(name.strip()) && !rest.isBlank()) {
                return Optional.of(People.of(name, rest));
            }
        }
        int paren = t.indexOf(" (");
        if (paren > 0 && t.endsWith(")") && NameShape.looksLikeName(t.substring(0, paren))) {
            return Optional.of(People.of(t.substring(0, paren), t.substring(paren + 2, t.length() - 1)));
        }
        int comma = t.indexOf(", ");
        if (comma > 0 && NameShape.looksLikeName(t.substring(0, comma))) {
            return Optional.of(People.of(t.substring(0, comma), t.substring(comma + 2)));
        }
        return Optional.empty();
    }

    /** Details that can stand as a header's second half: a job title or an organization, not a sentence. */
    static boolean isDetails(String text) {
        String t = Markup.strip(text).strip();
        if (t.isEmpty() || t.length() > 250 || t.endsWith(".") && !t.endsWith("Inc.") && !t.endsWith("Ltd.")) {
            return false;
        }
        if (t.split(" ").length > 30) {
            return false;
        }
        return RoleAndOrganization.isTitle(t) || RoleAndOrganization.isOrganization(t);
    }

    /** True at the first line of a paragraph: after a blank line or at the start of the note. */
    static boolean startsBlock(List<String> lines, int at) {
        return at == 0 || lines.get(at - 1).isBlank() || endsParagraph(lines.get(at - 1));
    }

    /** Web text copied with one line break between paragraphs: a long line ending a sentence ends its paragraph. */
    static boolean endsParagraph(String line) {
        String t = line.strip();
        return t.length() >= MIN_PARAGRAPH_CHARS && ".!?。！？\"”".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    private static final int MIN_PARAGRAPH_CHARS = 100;

    static boolean isListItem(String line) {
        return ListMarker.length(line) > 0;
    }
}
