package org.newsdesk.normalize;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that introduces whose words follow: "Key takeaways from Dr. Amina Diallo (Sahel Climate Finance
 * Observatory):" above bullets, or a programme entry "09:40 Keynote — Prof. Dilani Wickramasinghe
 * (University of the Southern Coast): Counting blue carbon honestly" above the abstract. The talk's title
 * after the colon is not part of the statement; the lines below are.
 */
final class IntroducedSpeakers implements SpeakerRule {

    private static final Pattern INTRODUCED =
            Pattern.compile("(?i)^(?:\\d{1,2}[:.]\\d{2}(?:\\s*[-–—]\\s*\\d{1,2}[:.]\\d{2})?:?\\s+)?"
                    + "(?:(?:key\\s+|main\\s+)?(?:takeaways|points|highlights|messages|remarks|notes|insights|lessons)\\s+(?:from|by|of)"
                    + "|(?:(?:lightning|short|invited|opening|closing|main|special|guest|panel)\\s+)?"
                    + "(?:keynote|talk|presentation|address|lecture|case study|input|intervention|remarks|speech|briefing)"
                    + "(?:\\s+(?:by|from))?)\\s*[—–:-]?\\s+(.{4,200})$");

    @Override
    public Optional<SpeakerMatch> match(List<String> lines, int at) {
        String line = Markup.strip(ListMarker.strip(lines.get(at))).strip();
        if (!HeaderText.startsBlock(lines, at) || line.length() > 260) {
            return Optional.empty();
        }
        Matcher m = INTRODUCED.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String who = m.group(1).strip();
        // "Prof. Y (Org): Counting blue carbon honestly" — the talk title after the person is left out
        int colon = who.lastIndexOf("):");
        if (colon > 0) {
            who = who.substring(0, colon + 1);
        } else if (who.endsWith(":") || who.endsWith("：")) {
            who = who.substring(0, who.length() - 1).strip();
        } else if (who.indexOf(": ") > 0) {
            who = who.substring(0, who.indexOf(": "));
        }
        Optional<PersonLine.Reading> person = PersonLine.read(who);
        if (person.isEmpty() || person.get().names().size() != 1) {
            return Optional.empty();
        }
        String details = person.get().details();
        return Optional.of(new SpeakerMatch(
                at, at + 1, List.of(People.of(person.get().names().get(0), details.isEmpty() ? null : details)), null));
    }
}
