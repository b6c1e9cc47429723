package org.newsdesk.normalize;

import java.util.List;
import java.util.Locale;

/**
 * How much a proposed speaker header is worth: the layout rule that proposed it, the shape of the
 * name (an honorific, a family name in capitals, a known family name), what the person is said to be
 * (job-title and organisation words) and what follows the header. Used to pick between rules that read
 * the same line differently, and to see when the reader is guessing.
 */
final class SpeakerEvidence {

    /** A header worth less than this is a guess: its item is held. */
    static final int CONFIDENT = 4;

    private SpeakerEvidence() {
    }

    static int score(SpeakerRule rule, SpeakerMatch m, List<String> lines) {
        int score = layout(rule);
        String raw = lines.get(m.start());
        for (Person p : m.people()) {
            score += name(p.name(), p.honorific());
            score += details(p);
            if (writtenInCapitals(p.name(), raw)) {
                score += 1;
            }
        }
        score /= Math.max(1, m.people().size());
        String following = m.inlineStatement() != null ? m.inlineStatement() : nextText(lines, m.next());
        if (following == null || following.isBlank()) {
            score -= 3;
        } else if (following.split("\\s+").length >= 6) {
            score += 1;
        }
        return score;
    }

    /** Layouts that say "this is a speaker" outright are worth more than ones read from shape alone. */
    private static int layout(SpeakerRule rule) {
        return switch (rule.getClass().getSimpleName()) {
            case "KeyValueSpeakers", "MarkdownHeadingSpeakers" -> 4;
            case "ProseAttributionSpeakers" -> 3;
            case "BulletSpeakers", "ColonSpeakers" -> 2;
            default -> 1;
        };
    }

    static int name(String name, String honorific) {
        int score = honorific != null ? 2 : 0;
        if (name == null || name.isBlank()) {
            return score - 4;
        }
        if (NameShape.isChineseName(name)) {
            return score + 2;
        }
        String[] words = name.split("\\s+");

        for (String w : words) {
            if (Vocabulary.FAMILY_NAMES.contains(w.toLowerCase(Locale.ROOT))) {
                score += 1;
                break;
            }
        }
        if (words.length >= 2 && words.length <= 4) {
            score += 1;
        }
        return score;
    }

    /** The note wrote a word of the name in capitals ("Anna BERG", "PARK Jiwoo"): how officers mark a family name. */
    private static boolean writtenInCapitals(String name, String raw) {
        if (name == null || raw.length() > 2_000) {
            return false;
        }
        for (String w : name.split("\\s+")) {
            String caps = w.toUpperCase(Locale.ROOT);
            if (w.length() >= 2 && !w.equals(caps) && PersonLine.isCapitals(caps) && raw.contains(caps)) {
                return true;
            }
        }
        return false;
    }

    private static int details(Person p) {
        int score = 0;
        if (p.role() != null && Vocabulary.anyWordIn(p.role(), Vocabulary.ROLE_WORDS)) {
            score += 1;
        }
        if (p.organization() != null && (Vocabulary.anyWordIn(p.organization(), Vocabulary.ORGANIZATION_WORDS)
                || p.organization().split("\\s+").length <= 3 && p.organization().chars().anyMatch(Character::isUpperCase))) {
            score += 1;
        }
        return score;
    }

    private static String nextText(List<String> lines, int from) {
        for (int i = from; i < lines.size() && i < from + 3; i++) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i);
            }
        }
        return null;
    }
}
