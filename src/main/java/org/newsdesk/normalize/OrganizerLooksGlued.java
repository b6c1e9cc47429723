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
