package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pull quote: the words in quotation marks first, as a block quote or a paragraph of their own, then the
 * attribution on a line after them ("> — Dr. Aminu Bello, Groundwater Specialist, Kano River Basin
 * Authority"). The quote is the whole statement; what follows the attribution is nobody's.
 */
final class PullQuoteSpeakers implements SpeakerRule {

    private static final Pattern ATTRIBUTION =
            Pattern.compile("^(?:>\\s*)?[—–]\\s*(\\S.{2,200})$|^(?:>\\s*)?-{1,2}\\s+(\\S.{2,200})$");
    private static final int MAX_QUOTE_LINES = 40;

    @Override
    public Optional<SpeakerMatch> match(List<String> lines, int at) {
        String first = unquoted(lines.get(at));
        if (!HeaderText.startsBlock(lines, at) || first.isEmpty() || "“\"".indexOf(first.charAt(0)) < 0) {
            return Optional.empty();
        }
        List<String> quote = new ArrayList<>();
        for (int i = at; i < lines.size() && i < at + MAX_QUOTE_LINES; i++) {
            String line = lines.get(i);
            Matcher attribution = ATTRIBUTION.matcher(line.strip());
            if (attribution.matches() && !quote.isEmpty()) {
                String who = attribution.group(1) != null ? attribution.group(1) : attribution.group(2);
                Optional<Person> person = HeaderText.nameThenDetails(who)
                        .or(() -> NameShape.looksLikeName(who.strip())
                                ? Optional.of(People.of(who, null))
                                : Optional.empty());
                if (person.isEmpty() || !endsQuote(quote)) {
                    return Optional.empty();
                }
                String words =
                        String.join(" ", quote).replaceAll("^[“\"]|[”\"]$", "").replaceAll("[”\"]\\s+[“\"]", " ");
                return Optional.of(new SpeakerMatch(at, i + 1, List.of(person.get()), words.strip(), true));
            }
            String text = unquoted(line);
            boolean blockQuote = line.strip().startsWith(">");
            if (text.isEmpty()) {
                if (!blockQuote && i > at && !lines.get(i).isBlank()) {
                    return Optional.empty();
                }
                continue; // "> " between two quoted paragraphs, or the blank before the attribution
            }
            if (!blockQuote && i > at && lines.get(i - 1).isBlank() && !quote.isEmpty() && endsQuote(quote)) {
                return Optional.empty(); // a new paragraph after a closed quote with no attribution between
            }
            quote.add(text);
        }
        return Optional.empty();
    }

    private static boolean endsQuote(List<String> quote) {
        String last = quote.get(quote.size() - 1).strip();
        return last.endsWith("”") || last.endsWith("\"") || last.endsWith("”.");
    }

    private static String unquoted(String line) {
        return Markup.strip(line.strip().replaceFirst("^>\\s?", "")).strip();
    }
}
