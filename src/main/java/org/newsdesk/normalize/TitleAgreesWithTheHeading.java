package org.newsdesk.normalize;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Warning;

/**
 * A note that opens with a line written like a name ("Cities on Shared Rivers: Data Without Borders":
 * title case, short, no final stop, no verb of a story) has a second candidate for the title. When the
 * title was read from somewhere else (an event named in a sentence, a later line, the mail subject) and
 * the two do not name the same thing, which one is the event's name is a guess: the item is held naming
 * both. A title from front matter or a "Title:" line settles it; so does a heading that shares most of
 * its words with the title ("Agenda – Heat-Health Early Warning Workshop").
 */
final class TitleAgreesWithTheHeading implements ItemCheck {

    private static final int MIN_WORDS = 3;
    private static final int MAX_WORDS = 16;
    private static final double SAME_EVENT_SHARE = 0.5;

    record Heading(int line, String text) {}

    @Override
    public List<Warning> check(Item item, NoteContext note, Readings readings) {
        Reading<String> title = readings.title();
        if (item.title() == null
                || title.evidence() == Reading.Evidence.FRONT_MATTER
                || title.evidence() == Reading.Evidence.LABEL) {
            return List.of();
        }
        Optional<Heading> heading = heading(note);
        if (heading.isEmpty()
                || heading.get().line() == title.line()
                || sameEvent(heading.get().text(), item.title())) {
            return List.of();
        }
        String from = switch (title.evidence()) {
            case SUBJECT -> "the mail subject";
            case SENTENCE -> "a sentence naming an event";
            default -> "a later line";
        };
        return List.of(Warning.at(
                "title-uncertain",
                "title",
                note.lineNumber(heading.get().line()),
                "The note opens with \""
                        + heading.get().text() + "\", written like a name, but the title was read as \"" + item.title()
                        + "\" from " + from
                        + "; say which one names the event (\"Title: …\")."));
    }

    /** The first line of the event header, when it is written like a name rather than a sentence or a label. */
    static Optional<Heading> heading(NoteContext note) {
        List<String> lines = note.bodyLines();
        int end = Math.min(lines.size(), note.found().firstHeader());
        for (int i = 0; i < end; i++) {
            if (note.cover().contains(i) || lines.get(i).isBlank()) {
                continue;
            }
            String text = Markup.strip(lines.get(i).strip().replaceFirst("^#{1,6}\\s+", ""))
                    .strip();
            if (text.isEmpty() || isChrome(text)) {
                continue;
            }
            return readsAsAName(text) ? Optional.of(new Heading(i, text)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Title case, a few words, no final stop, and none of the signs of a label, a sentence, a date, a person or a masthead. */
    static boolean readsAsAName(String text) {
        String[] words = text.split("\\s+");
        if (words.length < MIN_WORDS
                || words.length > MAX_WORDS
                || ".?!:,;".indexOf(text.charAt(text.length() - 1)) >= 0) {
            return false;
        }
        if (LabelledLine.parse(text).isPresent()
                || !DateMention.in(text).isEmpty()
                || NameShape.looksLikeName(text)
                || TitleRule.isOfficersLine(text)
                || TitleLooksLikeATitle.readsAsASentence(text)) {
            return false;
        }
        // a masthead: the name of an organisation, not of an event
        if (Vocabulary.anyWordIn(text, Vocabulary.ORGANIZATION_WORDS) && !TitleRule.isEventName(text)) {
            return false;
        }
        return isTitleCase(words);
    }

    /** Every word but the small ones starts with a capital, and the line is not all capitals. */
    static boolean isTitleCase(String[] words) {
        boolean lower = false;
        for (String w : words) {
            String letters = w.replaceAll("[^\\p{L}]", "");
            if (letters.isEmpty()) {
                continue;
            }
            lower |= letters.chars().anyMatch(Character::isLowerCase);
            if (!Vocabulary.TITLE_SMALL_WORDS.contains(letters.toLowerCase(Locale.ROOT))
                    && !Character.isUpperCase(letters.charAt(0))) {
                return false;
            }
        }
        return lower;
    }

    /** Menus and language switches left from a web page ("Menu  Search  EN | ES"). */
    private static boolean isChrome(String text) {
        for (String w : text.split("[\\s|/·]+")) {
            String k = Vocabulary.key(w);
            if (!k.isEmpty() && k.length() > 2 && !Vocabulary.PAGE_CHROME.contains(k)) {
                return false;
            }
        }
        return true;
    }

    /** The heading and the title name the same event when most of the heading's words are in the title. */
    static boolean sameEvent(String heading, String title) {
        List<String> headingWords = contentWords(heading);
        List<String> titleWords = contentWords(title);
        if (headingWords.isEmpty()) {
            return true;
        }
        long shared = headingWords.stream().filter(titleWords::contains).count();
        return shared >= headingWords.size() * SAME_EVENT_SHARE;
    }

    private static List<String> contentWords(String text) {
        return List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).stream()
                .filter(w -> w.length() > 2 && !Vocabulary.TITLE_SMALL_WORDS.contains(w))
                .map(w -> w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w)
                .toList();
    }
}
