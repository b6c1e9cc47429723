package org.newsdesk.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsdesk.domain.IssueEvent;
import org.newsdesk.domain.Publication;
import org.newsdesk.domain.Publication.GlossaryEntry;
import org.newsdesk.domain.Section;
import org.newsdesk.domain.Speaker;
import org.newsdesk.domain.StyleChange;

/**
 * A publication's house style applied to an event as the issue is assembled: its glossary on the
 * lead, every statement and every section's paragraphs (titles, names, roles, organisations and
 * headings are names and stay as the note wrote them). Each change is listed on the event for the
 * editor ({@link IssueEvent#styleChanges()}).
 */
public final class HouseStyle {

    private final Glossary glossary;

    public HouseStyle(Publication.HouseStyle style) {
        this.glossary = new Glossary(style.glossary());
    }

    public IssueEvent apply(IssueEvent event) {
        if (glossary.isEmpty()) {
            return event;
        }
        List<StyleChange> changes = new ArrayList<>();
        String lead = apply(event.lead(), "lead", changes);
        List<Speaker> speakers = new ArrayList<>();
        for (Speaker s : event.speakers()) {
            speakers.add(s.withStatement(apply(s.statement(), s.name(), changes)));
        }
        List<Section> sections = new ArrayList<>();
        for (Section section : event.sections()) {
            List<String> paragraphs = new ArrayList<>();
            for (String p : section.paragraphs()) {
                paragraphs.add(apply(p, "section " + section.heading(), changes));
            }
            sections.add(new Section(section.heading(), paragraphs, section.firstSpeaker()));
        }
        return new IssueEvent(
                event.title(),
                event.date(),
                event.format(),
                event.location(),
                lead,
                speakers,
                event.itemIds(),
                sections,
                merge(changes));
    }

    private String apply(String text, String where, List<StyleChange> changes) {
        Glossary.Result r = glossary.apply(text);
        for (Map.Entry<GlossaryEntry, Integer> e : r.applied().entrySet()) {
            changes.add(new StyleChange(
                    where, e.getKey().term().strip(), e.getKey().replacement().strip(), e.getValue()));
        }
        return r.text();
    }

    /** One line per place and term: a statement of three paragraphs counts its "intl" once, three times. */
    private static List<StyleChange> merge(List<StyleChange> changes) {
        List<StyleChange> out = new ArrayList<>();
        for (StyleChange c : changes) {
            int at = -1;
            for (int i = 0; i < out.size(); i++) {
                StyleChange o = out.get(i);
                if (o.where().equals(c.where()) && o.from().equals(c.from())) {
                    at = i;
                }
            }
            if (at < 0) {
                out.add(c);
            } else {
                StyleChange o = out.get(at);
                out.set(at, new StyleChange(o.where(), o.from(), o.to(), o.times() + c.times()));
            }
        }
        return out;
    }
}
