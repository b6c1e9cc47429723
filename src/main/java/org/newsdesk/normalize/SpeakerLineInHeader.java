package org.newsdesk.normalize;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Warning;

/**
 * A line above the first speaker, so counted as the event's header, that is written as a speaker's header
 * ("* Dr. Nguyen Long, Head of Surveillance, Southern Institute", "Ms. Anna Berg (Blue Coast Foundation)")
 * and names nobody among the speakers: a speaker the reader did not recognise, whose words were left in the
 * header. Lines that introduce a moderator, chair or host are not speakers.
 */
final class SpeakerLineInHeader implements ItemCheck {

    private static final Pattern NOT_A_SPEAKER = Pattern.compile(
            "(?i)\\b(?:moderat\\w*|chair\\w*|host\\w*|facilitat\\w*|emcee|mc|rapporteur|note-?tak\\w*|minutes|recorded|"
                    + "written|prepared|compiled|reported|contact|author|editor|by)\\b");

    @Override
    public List<Warning> check(Item item, NoteContext note, Readings readings) {
        List<String> lines = note.bodyLines();
        // up to the first speaker kept: a header the reader proposed and then dropped (no words left) counts too
        var placed = note.found().placed();
        int end = Math.min(placed.isEmpty() ? lines.size() : placed.get(0).header(), lines.size());
        for (int i = 0; i < end; i++) {
            Optional<String> name = speakerHeader(lines.get(i));
            if (name.isPresent() && !SpeakerMissedInHeader.isSpeaker(name.get(), item.speakers())) {
                return List.of(Warning.at(
                        "speaker-missed",
                        "speakers",
                        note.lineNumber(i),
                        "\"" + Markup.strip(lines.get(i)).strip()
                                + "\" is written like a speaker's header but was read as part of the event's header;"
                                + " add them as a speaker with their words, or confirm they did not speak."));
            }
        }
        return List.of();
    }

    /** The name a line gives when it is written as a speaker's header: an honorific, a name, who they are. */
    static Optional<String> speakerHeader(String line) {
        String text = Markup.strip(ListMarker.strip(line.strip())).strip();
        if (text.isEmpty()
                || text.length() > 200
                || LabelledLine.parse(text).isPresent()
                || text.matches("^[\\p{L} /-]{1,25}[:：].*")
                || NOT_A_SPEAKER.matcher(text).find()) {
            return Optional.empty();
        }
        Optional<PersonLine.Reading> reading = PersonLine.read(text);
        if (reading.isEmpty()
                || reading.get().names().size() != 1
                || reading.get().details().isBlank()
                || !HeaderText.isDetails(reading.get().details())) {
            return Optional.empty();
        }
        String name = reading.get().names().get(0);
        boolean honorific = HonorificRule.startsWithHonorific(name);
        return honorific || reading.get().separated() ? Optional.of(name) : Optional.empty();
    }
}
