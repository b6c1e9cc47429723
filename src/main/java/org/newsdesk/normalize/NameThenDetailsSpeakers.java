package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The last resort of the layout rules: a short paragraph-opening line that names a person by the
 * evidence in the name itself ({@link PersonLine}), with or without a separator before what they are,
 * and words below it: "PARK Jiwoo Harbour Research Institute", "Anna BERG & Ravi SINGH Blue Coast
 * Foundation", "WANG Li（Blue Coast Institute）", or "Ms. Lakshmi Narayanan" over "Fisherwomen of
 * Kanyakumari". It proposes with little layout weight, so a guess here is held unless the name and
 * details carry the evidence.
 */
final class NameThenDetailsSpeakers implements SpeakerRule {

    private static final int MAX_DETAILS_WORDS = 14;

    @Override
    public Optional<SpeakerMatch> match(List<String> lines, int at) {
        String line = lines.get(at);
        if (!HeaderText.startsBlock(lines, at)
                || HeaderText.isListItem(line)
                || LabelledLine.parse(line).isPresent()
                || line.startsWith("#")
                || at + 1 >= lines.size()) {
            return Optional.empty();
        }
        // "Ana DE SOUSA (Coordinator, Iberian Rivers Observatory):" with the words on the next line
        String written = line.strip().endsWith(")：") || line.strip().endsWith("):")
                ? line.strip().substring(0, line.strip().length() - 1)
                : line;
        Optional<PersonLine.Reading> read = PersonLine.read(written);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        String details = read.get().details();
        int next = at + 1;
        if (details.isEmpty()) {
            // the name alone; what they are may stand on the next line ("Fisherwomen of Kanyakumari")
            String below = lines.get(next).strip();
            if (isDetailsLine(below)
                    && next + 1 < lines.size()
                    && !lines.get(next + 1).isBlank()) {
                details = Markup.strip(below);
                next++;
            }
        } else if (!RoleAndOrganization.isTitle(details) && next < lines.size()) {
            // a slide or a card: "Prof. Javier Montoya (Atacama Solar Fuels Institute)" over "Head of Electrolysis
            // Research"
            String below = Markup.strip(lines.get(next)).strip();
            if (isDetailsLine(below)
                    && RoleAndOrganization.isTitle(below)
                    && below.split("\\s+").length <= 8
                    && next + 1 < lines.size()) {
                details = below + ", " + details;
                next++;
            }
        }
        if (!details.isEmpty()
                && (details.split("\\s+").length > 24 || DetailsSwallowedAClause.swallowedAClause(details, 24))) {
            return Optional.empty();
        }
        if (nextText(lines, next) == null) {
            return Optional.empty();
        }
        List<Person> people = new ArrayList<>();
        for (String name : read.get().names()) {
            people.add(People.of(name, details.isEmpty() ? null : details));
        }
        return Optional.of(new SpeakerMatch(at, next, people, null));
    }

    private static boolean isDetailsLine(String t) {
        return !t.isEmpty()
                && t.split("\\s+").length <= MAX_DETAILS_WORDS
                && !t.endsWith(".")
                && Character.isUpperCase(t.charAt(0))
                && LabelledLine.parse(t).isEmpty()
                && PersonLine.read(t).isEmpty();
    }

    private static String nextText(List<String> lines, int from) {
        for (int i = from; i < Math.min(lines.size(), from + 5); i++) {
            String t = lines.get(i).strip();
            if (!t.isEmpty() && !EditorialRemark.isWholeBracketed(t)) {
                return t.split("\\s+").length >= 5 ? t : null;
            }
        }
        return null;
    }
}
