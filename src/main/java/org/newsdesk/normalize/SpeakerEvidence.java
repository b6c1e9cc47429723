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
    static final int CONFIDENT = 5;

    /** Below this a proposal is not taken at all. */
    static final int MINIMUM = 3;

    private SpeakerEvidence() {}

    static int score(SpeakerRule rule, SpeakerMatch m, List<String> lines) {
        String raw = lines.get(m.start());
        int people = 0;
        for (Person p : m.people()) {
            people += name(p.name(), p.honorific()) + details(p) + capitals(p.name(), raw);
        }
        int score = layout(rule)
                + separated(rule, raw)
                + people / Math.max(1, m.people().size());
        String following = m.inlineStatement() != null ? m.inlineStatement() : nextText(lines, m.next());
        if (following == null || following.isBlank()) {
            score -= 3;
        } else if (following.split("\\s+").length >= 6) {
            score += 1;
        }
        return score;
    }

    /** "Tom Reed — Harbour Institute": a dash or bar after the name is the writer saying where the name ends. */
    private static int separated(SpeakerRule rule, String raw) {
        boolean oneLine = rule instanceof OneLineHeaderSpeakers || rule instanceof NameThenDetailsSpeakers;
        return oneLine && (raw.contains(" — ") || raw.contains(" – ") || raw.contains(" | ") || raw.contains(" -- "))
                ? 1
                : 0;
    }

    /** Layouts that say "this is a speaker" outright are worth more than ones read from shape alone. */
    private static int layout(SpeakerRule rule) {
        return switch (rule.getClass().getSimpleName()) {
            case "KeyValueSpeakers", "MarkdownHeadingSpeakers", "RosterSpeakers" -> 4;
            case "TableRowSpeakers" -> 5;
            case "ProseAttributionSpeakers", "PullQuoteSpeakers" -> 3;
            case "ChineseProseSpeakers" -> 2;
            case "BulletSpeakers", "ColonSpeakers", "NameBlockSpeakers" -> 2;
            default -> 1;
        };
    }

    static int name(String name, String honorific) {
        int score = honorific != null ? 2 : 0;
        if (name == null || name.isBlank()) {
            return score - 4;
        }
        if (NameShape.isChineseName(name) || ChinesePersonText.isTransliterated(name)) {
            // "刀建华", "本通·西萨万": a known family name or a transliteration's middle dot says where the name starts
            return score
                    + (ChinesePersonText.startsWithFamilyName(name) || ChinesePersonText.isTransliterated(name)
                            ? 2
                            : 0);
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

    /**
     * +1 when the note wrote the family name in capitals where a name ends ("Anna BERG", "PARK Jiwoo"),
     * -2 when a reading runs past that family name ("Park Jiwoo Harbour"): the capitals say where it ends.
     */
    private static int capitals(String name, String raw) {
        if (name == null || raw.length() > 2_000) {
            return 0;
        }
        String[] words = name.split("\\s+");
        int first = -1;
        int last = -1;
        for (int i = 0; i < words.length; i++) {
            String caps = words[i].toUpperCase(Locale.ROOT);
            boolean written = words[i].length() >= 2
                    && !words[i].equals(caps)
                    && PersonLine.isCapitals(caps)
                    && (raw.contains(caps + " ") || raw.contains(caps + ",") || raw.endsWith(caps));
            if (written) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0 || first == 0 && last == words.length - 1) {
            return 0; // no capitals, or the whole name in capitals: nothing said about where it ends
        }
        // the capitals end the name, or come first with the given name after, or a particle and a name follow them
        boolean consistent = last == words.length - 1
                || first == 0 && last == 0 && words.length == 2
                || first == 0 && last == 0 && words.length == 3 && endsAfter(words[2], raw)
                || last + 2 == words.length - 1 && NameCase.isParticle(words[last + 1]);
        return consistent ? 1 : -2;
    }

    /** The raw line ends, or a separator follows, right after this word: "TAN Wei Ming, Director". */
    private static boolean endsAfter(String word, String raw) {
        int i = raw.indexOf(word);
        if (i < 0) {
            return false;
        }
        String rest = raw.substring(i + word.length()).replace("**", "");
        return rest.isBlank()
                || rest.startsWith(",")
                || rest.startsWith(" —")
                || rest.startsWith(" –")
                || rest.startsWith(" (")
                || rest.startsWith("(")
                || rest.startsWith(":")
                || rest.startsWith(" -")
                || rest.startsWith("（");
    }

    private static int details(Person p) {
        int score = 0;
        if (p.role() != null
                && (Vocabulary.anyWordIn(p.role(), Vocabulary.ROLE_WORDS) || ChinesePersonText.isRole(p.role()))) {
            score += 1;
        }
        if (p.organization() != null
                && (Vocabulary.anyWordIn(p.organization(), Vocabulary.ORGANIZATION_WORDS)
                        || p.organization().split("\\s+").length <= 3
                                && p.organization().chars().anyMatch(Character::isUpperCase)
                        || ChinesePersonText.isOrganization(p.organization()))) {
            score += 1;
        }
        return score;
    }

    private static String nextText(List<String> lines, int from) {
        for (int i = from; i < lines.size() && i < from + 5; i++) {
            if (!lines.get(i).isBlank()
                    && !EditorialRemark.isWholeBracketed(lines.get(i).strip())) {
                return lines.get(i);
            }
        }
        return null;
    }
}
