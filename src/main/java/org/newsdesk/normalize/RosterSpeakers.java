package org.newsdesk.normalize;

import java.util.List;
import java.util.Optional;

/**
 * A paragraph that opens with the name of someone the note's roster lists, then a colon and their
 * words ("Farida Haidari: Investors are ready …"), or the name alone on its line above them. The
 * roster is the evidence that the name is a speaker's, where the line alone would not say so.
 */
final class RosterSpeakers implements SpeakerRule {

    private final Roster roster;

    RosterSpeakers(Roster roster) {
        this.roster = roster;
    }

    @Override
    public Optional<SpeakerMatch> match(List<String> lines, int at) {
        String line = Markup.strip(lines.get(at)).strip();
        if (!HeaderText.startsBlock(lines, at)
                || line.length() > 5_000
                || LabelledLine.parse(line).isPresent()) {
            return Optional.empty();
        }
        int colon = line.indexOf(": ");
        String who = colon > 0 && colon < 80 ? line.substring(0, colon) : line.replaceFirst("[:：]$", "");
        if (!NameShape.looksLikeName(who)
                || !roster.lists(HonorificRule.split(who).rest())) {
            return Optional.empty();
        }
        Person person = People.of(who, null);
        if (colon > 0 && colon < 80) {
            String statement = line.substring(colon + 2).strip();
            return statement.isEmpty()
                    ? Optional.empty()
                    : Optional.of(new SpeakerMatch(at, at + 1, List.of(person), statement));
        }
        return at + 1 < lines.size()
                ? Optional.of(new SpeakerMatch(at, at + 1, List.of(person), null))
                : Optional.empty();
    }
}
