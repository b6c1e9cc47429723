package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Warning;

/**
 * One organiser that reads as two names run together, as when table cells or lines are joined without a
 * separator: two head words with a new name between them ("Reef Watch Network Harbour Authority"), a
 * lower-case letter running into a capital ("NetworkHarbour"), or a cell separator left inside.
 */
final class OrganizerLooksGlued implements ItemCheck {

    @Override
    public List<Warning> check(Item item, NoteContext note, Readings readings) {
        List<Warning> out = new ArrayList<>();
        for (String organizer : item.organizers()) {
            if (looksGlued(organizer)) {
                out.add(Warning.of(
                        "organizer-glued",
                        "organizers",
                        "The organiser \"" + organizer
                                + "\" may be two organisations run together; split it or confirm it is one."));
            }
        }
        return out;
    }

    static boolean looksGlued(String organizer) {
        if (organizer.matches(".*(?:\\s[|:]\\s|[\\n\\t]|\\S:\\s).*")) {
            return true;
        }
        if (andJoinsTwoNames(organizer)) {
            return true;
        }
        String[] words = organizer.strip().split("\\s+");
        int lastHead = -1;
        boolean nameBetween = false;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (seam(w)) {
                return true;
            }
            String lower = w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
            if (Vocabulary.NAME_JOINERS.contains(lower) || w.startsWith("(") || w.endsWith(",")) {
                // "Institute of …", "Centre (FECO)", "Centre, Ministry of …": the name goes on or a parent follows
                lastHead = -1;
                nameBetween = false;
                continue;
            }
            if (OrganizerNames.HEAD_WORDS.contains(lower)) {
                if (lastHead >= 0 && nameBetween) {
                    return true;
                }
                lastHead = i;
                nameBetween = false;
            } else if (lastHead >= 0 && !w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                nameBetween = true;
            }
        }
        return false;
    }

    /**
     * "Partners for Coastal Towns and Reef Watch": a complete body's name (it has a head word) and a new name
     * of two or more capitalised words after "and". Not "Ministry of Land and Natural Resources", where the
     * words before "and" are what the body is "of", nor "Ministry of Ecology and Environment".
     */
    static boolean andJoinsTwoNames(String organizer) {
        String[] words = organizer.strip().split("\\s+");
        for (int i = 1; i < words.length - 2; i++) {
            if (!words[i].equals("and") && !words[i].equals("&")) {
                continue;
            }
            int start = i;
            while (start > 0 && startsUpper(words[start - 1])) {
                start--;
            }
            int tail = i - start;
            // a head word, or the "Partners for …", "Friends of …" form of a body without one
            boolean leftHasHead = i > 2 && startsUpper(words[0]) && words[1].matches("for|of");
            for (int j = 0; j < i; j++) {
                leftHasHead |= isHead(words[j].replaceAll("[^\\p{L}]", ""));
            }
            String before = start > 0 ? words[start - 1].toLowerCase(Locale.ROOT) : "";
            int right = 0;
            while (i + 1 + right < words.length && startsUpper(words[i + 1 + right])) {
                right++;
            }
            boolean tailIsAHead = tail > 0 && isHead(words[i - 1].replaceAll("[^\\p{L}]", ""));
            if (leftHasHead
                    && right >= 2
                    && tail > 0
                    && (tailIsAHead || !before.equals("of") && !before.equals("on"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsUpper(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /** "NetworkHarbour": a body's head word running into the next name without a space (not "SmallFish"). */
    private static boolean seam(String word) {
        String w = word.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        java.util.regex.Matcher m = SEAM.matcher(w);
        while (m.find()) {
            String left = w.substring(0, m.start() + 1).replaceAll(".*?(\\p{Lu}?\\p{Ll}+)$", "$1");
            String right = w.substring(m.start() + 1).replaceAll("^(\\p{Lu}\\p{Ll}+).*", "$1");
            if (isHead(left) || isHead(right)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern SEAM = java.util.regex.Pattern.compile("\\p{Ll}\\p{Lu}\\p{Ll}");

    private static boolean isHead(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return OrganizerNames.HEAD_WORDS.contains(lower) || Vocabulary.ORGANIZATION_WORDS.contains(lower);
    }
}
