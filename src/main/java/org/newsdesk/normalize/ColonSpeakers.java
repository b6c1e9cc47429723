package org.newsdesk.normalize;

import java.util.List;
import java.util.Optional;

/**
 * A paragraph that opens with who is speaking and a colon: "Mr. Qian Zhaohui (LMEC): The Platform
 * will ...". The same reading as a bullet item, but without a list marker it must be unmistakably a
 * person: an honorific or what they are in parentheses, at the start of a paragraph.
 */
final class ColonSpeakers implements SpeakerRule {

    @Override
    public Optional<SpeakerMatch> match(List<String> lines, int at) {
        String line = lines.get(at);
        if (!HeaderText.startsBlock(lines, at)
                || HeaderText.isListItem(line)
                || LabelledLine.parse(line).isPresent()) {
            return Optional.empty();
        }
        String text = Markup.strip(line).strip();
        int colon = text.indexOf(": ");
        if (colon < 0 || colon > 200) {
            return Optional.empty();
        }
        String who = text.substring(0, colon);
        boolean unmistakable = HonorificRule.startsWithHonorific(who) || who.endsWith(")") && who.contains(" (");
        return unmistakable ? BulletSpeakers.inlineSpeakers(text, at) : Optional.empty();
    }
}
