package org.newsdesk.normalize;

import java.util.List;
import java.util.Optional;

/**
 * The precise form: one heading per speaker, "## Chen Zhihua — Director of ..., Ministry of ...".
 * Word headings arrive as "## " too. A heading with a bare name takes its role from the next line
 * when that line is a title or organization rather than a sentence.
 */
final class MarkdownHeadingSpeakers implements SpeakerRule {

    @Override
    public Optional<SpeakerMatch> match(List<String> lines, int at) {
        String line = lines.get(at);
        int level = 0;
        while (level < line.length() && level < 7 && line.charAt(level) == '#') {
            level++;
        }
        if (level == 0 || level >= line.length() || line.charAt(level) != ' ') {
            return Optional.empty();
        }
        String heading = line.substring(level).strip();
        Optional<Person> person = HeaderText.nameThenDetails(heading);
        if (person.isPresent()) {
            return Optional.of(new SpeakerMatch(at, at + 1, List.of(person.get()), null));
        }
        if (!NameShape.looksLikeName(heading)) {
            return Optional.empty();
        }
        int next = at + 1;
        while (next < lines.size() && lines.get(next).isBlank()) {
            next++;
        }
        if (next < lines.size()
                && HeaderText.isDetails(lines.get(next))
                && LabelledLine.parse(lines.get(next)).isEmpty()
                && next + 1 < lines.size()) {
            return Optional.of(new SpeakerMatch(at, next + 1, List.of(People.of(heading, lines.get(next))), null));
        }
        return Optional.of(new SpeakerMatch(at, at + 1, List.of(People.of(heading, null)), null));
    }
}
