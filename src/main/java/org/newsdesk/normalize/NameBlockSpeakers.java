package org.newsdesk.normalize;

import java.util.List;
import java.util.Optional;

/**
 * A name on a line of its own, the title on the next, then the statement:
 * <pre>
 * ZHANG YAN
 * Partnership Expert at the UNICEF Representative Office in China
 * The Platform is an "open, inclusive ..." platform ...
 * </pre>
 */
final class NameBlockSpeakers implements SpeakerRule {

    @Override
    public Optional<SpeakerMatch> match(List<String> lines, int at) {
        if (!HeaderText.startsBlock(lines, at) || at + 2 > lines.size()) {
            return Optional.empty();
        }
        String name = trimColon(Markup.strip(lines.get(at)).strip());
        if (!NameShape.looksLikeName(name, true)) {
            return Optional.empty();
        }
        // the title sits on the next line, or after one blank line when each line was its own Word paragraph
        int detailsAt = at + 1 < lines.size() && lines.get(at + 1).isBlank() ? at + 2 : at + 1;
        String details = detailsAt < lines.size() ? lines.get(detailsAt) : "";
        if (details.isBlank()
                || LabelledLine.parse(details).isPresent()
                || !HeaderText.isDetails(details)
                || detailsAt + 1 >= lines.size()) {
            return Optional.empty();
        }
        return Optional.of(new SpeakerMatch(at, detailsAt + 1, List.of(People.of(name, Markup.strip(details))), null));
    }

    private static String trimColon(String s) {
        return s.endsWith(":") || s.endsWith("：")
                ? s.substring(0, s.length() - 1).strip()
                : s;
    }
}
