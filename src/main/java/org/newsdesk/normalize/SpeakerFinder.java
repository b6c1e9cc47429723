package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsdesk.domain.Speaker;

/**
 * Walks a note line by line and asks each speaker rule, most specific first, whether a speaker starts
 * there. A statement runs from the end of its header to the next header, and stops early at an
 * editorial remark or the mail's sign-off. Rules can mix within one note, as officers' notes do.
 */
final class SpeakerFinder {

    /** The speakers in note order, and the line where the first header starts (the event header ends there). */
    record Found(List<Speaker> speakers, int firstHeader) {
    }

    private final List<SpeakerRule> rules = List.of(
            new KeyValueSpeakers(),
            new MarkdownHeadingSpeakers(),
            new BulletSpeakers(),
            new ProseAttributionSpeakers(),
            new ColonSpeakers(),
            new NameBlockSpeakers(),
            new OneLineHeaderSpeakers());

    Found find(List<String> lines, CoverLetter cover) {
        List<SpeakerMatch> matches = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Optional<SpeakerMatch> match = lines.get(i).isBlank() || cover.contains(i) ? Optional.empty() : matchAt(lines, i);
            if (match.isPresent()) {
                matches.add(match.get());
                i = Math.max(i + 1, match.get().next());
            } else {
                i++;
            }
        }
        List<Speaker> speakers = new ArrayList<>();
        for (int k = 0; k < matches.size(); k++) {
            SpeakerMatch m = matches.get(k);
            int end = k + 1 < matches.size() ? matches.get(k + 1).start() : lines.size();
            String statement = StatementText.of(m.inlineStatement(), statementLines(lines, m.next(), end, cover));
            for (Person p : m.people()) {
                if (!NotASpeaker.applies(p, statement, m.start(), cover)) {
                    speakers.add(new Speaker(p.name(), p.honorific(), p.role(), p.organization(), statement));
                }
            }
        }
        int firstHeader = matches.isEmpty() ? lines.size() : matches.get(0).start();
        return new Found(speakers, firstHeader);
    }

    private Optional<SpeakerMatch> matchAt(List<String> lines, int at) {
        for (SpeakerRule rule : rules) {
            Optional<SpeakerMatch> m = rule.match(lines, at);
            if (m.isPresent()) {
                return m;
            }
        }
        return Optional.empty();
    }

    private static List<String> statementLines(List<String> lines, int from, int to, CoverLetter cover) {
        int end = Math.min(to, cover.signOff());
        for (int i = from; i < end; i++) {
            if (EditorialRemark.endsStatement(lines.get(i)) || isOtherHeading(lines.get(i))) {
                return lines.subList(from, i);
            }
        }
        return lines.subList(Math.min(from, end), end);
    }

    /** A heading that names no speaker ("## Q&A") closes the statement before it. */
    private static boolean isOtherHeading(String line) {
        return line.startsWith("#");
    }
}
