package org.newsdesk.normalize;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph of Chinese minutes or a press release that reports a speaker: "一、景洪市农村能源服务站站长刀建华先生表示，
 * 沼气……", "来自泰国清莱社区林业网络的苏帕妮·通猜女士介绍，……", "会上，李晓燕副教授在发言中指出：". An optional
 * ordinal (一、 (一) 1.), an optional frame ("会上，"), who is speaking ({@link ChinesePersonText}), perhaps
 * where ("在发言中") and an adverb ("还"), then a reporting verb ("总结说") and a comma or colon. The statement is the
 * rest of the paragraph and the paragraphs after it. Only the start of a paragraph is read, so a name
 * inside another speaker's words ("正如刀建华站长所说") is no new speaker; nor is a sentence about the
 * meeting, a pronoun or "据介绍".
 */
final class ChineseProseSpeakers implements SpeakerRule {

    private static final Pattern ORDINAL = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,2}[、.．)）]|[①-⑳]|第[一二三四五六七八九十]{1,3}[，,、])\\s*");

    private static final Pattern FRAME =
            Pattern.compile("^(?:会上|會上|随后|隨後|接着|接著|其后|其後|最后|最後|此外|另外|同时|同時|首先|上午|下午|当天|當天|在[^，。；：,;:]{1,20})[，,]\\s*");

    private static final String VERBS = String.join("|", Vocabulary.CHINESE_REPORTING_VERBS);

    /** Who, where they said it, an adverb, the verb and the comma or colon; who holds no punctuation. */
    private static final Pattern ATTRIBUTION = Pattern.compile("^([^，。；：！？,.;:!?「」『』“”\"（）()\\s]{2,60}?)"
            + "(?:在[^，。；：,;:]{1,20}?(?:中|上|时|時|期间|期間|之际|之際))?"
            + "(?:也|还|還|则|則|亦|更|首先|随后|隨後|最后|最後|进一步|進一步|特别|特別|重点|重點|详细|詳細|专门|專門|同时|同時|再次|明确|明確)?"
            + "(?:" + VERBS + ")(?:说|說|道)?\\s*[，,：:]\\s*");

    private static final int HEAD_CHARS = 200;

    @Override
    public Optional<SpeakerMatch> match(List<String> lines, int at) {
        if (!HeaderText.startsBlock(lines, at)) {
            return Optional.empty();
        }
        String line = Markup.strip(ListMarker.strip(lines.get(at))).strip();
        line = FRAME.matcher(ORDINAL.matcher(line).replaceFirst("")).replaceFirst("");
        if (line.isEmpty() || !ChinesePersonText.isHan(line.codePointAt(0))) {
            return Optional.empty();
        }
        Matcher m = ATTRIBUTION.matcher(line.substring(0, Math.min(line.length(), HEAD_CHARS)));
        if (!m.lookingAt() || m.group(1).endsWith("所")) {
            return Optional.empty(); // "正如刀建华站长所说": someone quoted, not someone speaking
        }
        Optional<Person> who = ChinesePersonText.read(m.group(1));
        if (who.isEmpty()) {
            return Optional.empty();
        }
        String statement = line.substring(m.end()).strip();
        boolean wordsFollow = !statement.isEmpty() || at + 1 < lines.size();
        if (!wordsFollow) {
            return Optional.empty();
        }
        return Optional.of(new SpeakerMatch(at, at + 1, List.of(who.get()), statement.isEmpty() ? null : statement));
    }
}
