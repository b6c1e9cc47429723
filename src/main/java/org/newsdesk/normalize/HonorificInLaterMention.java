package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.domain.Speaker;

/**
 * A speaker first named without an honorific ("Margaret Lyons, manager of Seaview Nursing Home, said …")
 * whom the text later calls by one ("… Mrs Lyons said"): news style gives the honorific on the second
 * mention, and it is the note's own, not an invented one. Only one kind counts: "Mr X" in one place and
 * "Dr X" in another leave the honorific empty.
 */
final class HonorificInLaterMention {

    private static final int MAX_LINE = 5_000;

    private HonorificInLaterMention() {}

    static List<Speaker> apply(List<Speaker> speakers, List<String> lines) {
        if (speakers.stream().allMatch(s -> s.honorific() != null)) {
            return speakers;
        }
        String text = String.join(
                "\n", lines.stream().filter(l -> l.length() < MAX_LINE).toList());
        List<Speaker> out = new ArrayList<>(speakers.size());
        for (Speaker s : speakers) {
            String found = s.honorific() == null ? honorificFor(s.name(), text) : null;
            out.add(
                    found == null
                            ? s
                            : new Speaker(
                                    s.name(), found, s.role(), s.organization(), s.statement(), s.reportingVerb()));
        }
        return out;
    }

    /** The one honorific the text writes before the speaker's family name or whole name, or null. */
    static String honorificFor(String name, String text) {
        String[] words = name.strip().split("\\s+");
        if (words.length < 2) {
            return null;
        }
        String family = name.strip().substring(words[0].length()).strip();
        Pattern p = Pattern.compile("(?<![\\p{L}.])(Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\\.?\\s+(?:"
                + Pattern.quote(words[0]) + "\\s+)?" + Pattern.quote(family) + "(?![\\p{L}-])");
        Set<String> kinds = new TreeSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            kinds.add(HonorificRule.canonical(m.group(1)));
        }
        return kinds.size() == 1 ? kinds.iterator().next() : null;
    }
}
