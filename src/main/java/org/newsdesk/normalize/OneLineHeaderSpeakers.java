package org.newsdesk.normalize;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The speaker and what they are on one line, the statement below it:
 * "KANG Aili – Director of Regional Strategy, Wildlife Conservation Society",
 * "Zhou Shuang, China Communications and Engagement Manager, C40 ..." or, with no separator at all,
 * "Liu Hongming Senior Director of Global Climate Change Action of the Environmental Defense Fund",
 * where the name ends at the first word that starts a job title.
 */
final class OneLineHeaderSpeakers implements SpeakerRule {

    private static final int MAX_NAME_WORDS = 4;

    @Override
    public Optional<SpeakerMatch> match(List<String> lines, int at) {
        String line = Markup.strip(lines.get(at)).strip();
        // "* Dr. Long, Head of Surveillance, Institute" over items indented under it: a header in a list
        boolean listHeader = ListMarker.nestedItemsFollow(lines, at);
        if (listHeader) {
            line = ListMarker.strip(line).strip();
        }
        if (!listHeader && !HeaderText.startsBlock(lines, at)
                || line.length() > 250
                || line.endsWith(".")
                || !listHeader && HeaderText.isListItem(line)
                || LabelledLine.parse(line).isPresent()) {
            return Optional.empty();
        }
        Optional<Person> person = HeaderText.nameThenDetails(line).filter(p -> HeaderText.isDetails(details(p)));
        if (person.isEmpty()) {
            person = nameThenTitle(line);
        }
        return person.map(p -> new SpeakerMatch(at, at + 1, List.of(p), null));
    }

    private static String details(Person p) {
        if (p.role() == null || p.organization() == null) {
            return p.role() == null ? (p.organization() == null ? "" : p.organization()) : p.role();
        }
        return p.role() + ", " + p.organization();
    }

    /** "Li Ai Senior Project Officer of the Ford Foundation": the name is the words before the title starts. */
    private static Optional<Person> nameThenTitle(String line) {
        String[] words = line.split(" ");
        int limit = Math.min(words.length - 1, MAX_NAME_WORDS + 1);
        for (int n = 2; n <= limit; n++) {
            String word = words[n].toLowerCase(Locale.ROOT);
            if (Vocabulary.ROLE_START_WORDS.contains(word) && Character.isUpperCase(words[n].charAt(0))) {
                String name = String.join(" ", List.of(words).subList(0, n));
                String details = String.join(" ", List.of(words).subList(n, words.length));
                if (NameShape.looksLikeName(name) && HeaderText.isDetails(details)) {
                    return Optional.of(People.of(name, details));
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
