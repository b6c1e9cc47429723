package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;

/** A roster table ("Name: Role: Organisation" and its rows): who took part, read by {@link Roster}, never a statement. */
final class RosterTable implements SetAsideRule {

    @Override
    public List<Aside> find(List<String> lines) {
        List<Aside> out = new ArrayList<>();
        for (int[] t : Roster.tables(lines)) {
            out.add(new Aside(t[0], t[1], "roster"));
        }
        return out;
    }
}
