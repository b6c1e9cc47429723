package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where each line of a note ended up: the event header, a speaker's header, a statement, or set aside
 * with a reason. Set-aside lines are blanked before the speakers are looked for, so a footer cannot
 * become a speaker and a forwarded mail's date cannot become the event's.
 */
final class LineLedger {

    enum Place {
        UNPLACED,
        EVENT_HEADER,
        SPEAKER_HEADER,
        STATEMENT,
        SET_ASIDE
    }

    static final List<SetAsideRule> RULES = List.of(
            new QuotedMail(),
            new ForwardedHeader(),
            new PageChrome(),
            new Masthead(),
            new Footer(),
            new Signature(),
            new PhotoCaption(),
            new MarkdownNotes(),
            new RosterTable(),
            new AttendanceList());

    private final Place[] places;
    private final String[] reasons;

    private LineLedger(int size) {
        places = new Place[size];
        reasons = new String[size];
        Arrays.fill(places, Place.UNPLACED);
    }

    static LineLedger of(List<String> lines, CoverLetter cover) {
        LineLedger ledger = new LineLedger(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (cover.contains(i) && !lines.get(i).isBlank()) {
                ledger.setAside(i, i + 1, "cover letter");
            }
        }
        for (SetAsideRule rule : RULES) {
            for (SetAsideRule.Aside a : rule.find(lines)) {
                ledger.setAside(a.from(), a.to(), a.reason());
            }
        }
        return ledger;
    }

    private void setAside(int from, int to, String reason) {
        for (int i = Math.max(0, from); i < Math.min(to, places.length); i++) {
            if (places[i] != Place.SET_ASIDE) {
                places[i] = Place.SET_ASIDE;
                reasons[i] = reason;
            }
        }
    }

    boolean isSetAside(int line) {
        return line >= 0 && line < places.length && places[line] == Place.SET_ASIDE;
    }

    String reason(int line) {
        return reasons[line];
    }

    Place place(int line) {
        return places[line];
    }

    /** Marks lines the reader placed; a set-aside line keeps its reason. */
    void place(int from, int to, Place place) {
        for (int i = Math.max(0, from); i < Math.min(to, places.length); i++) {
            if (places[i] != Place.SET_ASIDE) {
                places[i] = place;
            }
        }
    }

    /** The lines with every set-aside line blanked, so blocks still start where they started. */
    List<String> bodyLines(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            out.add(places[i] == Place.SET_ASIDE ? "" : lines.get(i));
        }
        return out;
    }
}
