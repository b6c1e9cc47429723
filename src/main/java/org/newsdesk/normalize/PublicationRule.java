package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which publication a note is for, most explicit first: front matter {@code publication}, the inbox
 * subfolder or mailbox it came through, a tag in the mail subject ("[lmec] notes ..."), and last the
 * note's own words (the event header, title and subject naming "LMEC" or "Lancang-Mekong"). A guess
 * from the words carries a warning, and no publication at all leaves the item for an editor to place.
 */
final class PublicationRule {

    /** The publication id (or null) and the warning to show with it (or null). */
    record Choice(String id, String warning) {}

    private final List<KnownPublication> known;

    PublicationRule(List<KnownPublication> known) {
        this.known = List.copyOf(known);
    }

    Choice choose(FrontMatter front, String hint, String subject, String title, EventHeader header) {
        String declared = front.text("publication");
        if (declared != null) {
            KnownPublication p = byIdOrName(declared);
            return p != null
                    ? new Choice(p.id(), null)
                    : new Choice(
                            null,
                            "The note names the publication \"" + declared + "\", which is not one of " + ids()
                                    + "; correct \"publication:\" in the front matter.");
        }
        if (hint != null && byIdOrName(hint) != null) {
            return new Choice(byIdOrName(hint).id(), null);
        }
        String tag = subjectTag(subject);
        if (tag != null && byIdOrName(tag) != null) {
            return new Choice(byIdOrName(tag).id(), null);
        }
        List<String> texts = new ArrayList<>();
        if (subject != null) {
            texts.add(subject);
        }
        if (title != null) {
            texts.add(title);
        }
        texts.addAll(header.lines());
        KnownPublication guess = mostMentioned(String.join("\n", texts));
        if (guess != null) {
            return new Choice(
                    guess.id(),
                    "Publication guessed from content (" + guess.id()
                            + "); confirm it, or file the note in the publication's folder next time.");
        }
        return new Choice(
                null,
                "No publication could be found for this note; file it in a publication's folder, tag the mail subject "
                        + "(e.g. \"[" + (known.isEmpty() ? "lmec" : known.get(0).id())
                        + "]\") or add \"publication:\" front matter.");
    }

    private KnownPublication byIdOrName(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        for (KnownPublication p : known) {
            if (p.id().equalsIgnoreCase(v) || p.names().stream().anyMatch(n -> n.equalsIgnoreCase(v))) {
                return p;
            }
        }
        return null;
    }

    /** The publication whose names the text mentions most; none on a tie. */
    private KnownPublication mostMentioned(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        KnownPublication best = null;
        int bestCount = 0;
        boolean tie = false;
        for (KnownPublication p : known) {
            int count = 0;
            for (String name : p.names()) {
                count += occurrences(lower, name.toLowerCase(Locale.ROOT));
            }
            if (count > bestCount) {
                best = p;
                bestCount = count;
                tie = false;
            } else if (count > 0 && count == bestCount) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** Whole-word occurrences for Latin names ("LMEC" but not "LMECX"); any occurrence for Chinese ones. */
    private static int occurrences(String text, String name) {
        int count = 0;
        int i = text.indexOf(name);
        boolean latin = name.charAt(0) < 0x2E80;
        while (i >= 0) {
            int end = i + name.length();
            boolean bounded = !latin
                    || (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                            && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)));
            if (bounded) {
                count++;
            }
            i = text.indexOf(name, i + 1);
        }
        return count;
    }

    private static String subjectTag(String subject) {
        if (subject == null) {
            return null;
        }
        int open = subject.indexOf('[');
        int close = open < 0 ? -1 : subject.indexOf(']', open);
        return open >= 0 && close > open + 1 && close - open < 40 ? subject.substring(open + 1, close) : null;
    }

    private String ids() {
        return known.stream().map(KnownPublication::id).toList().toString();
    }
}
