package org.newsdesk.assemble;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsdesk.domain.IssueEvent;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Section;
import org.newsdesk.domain.Speaker;

/**
 * Groups items of the same event (parts of one meeting sent as several notes) under one heading:
 * same event date and the same title once case, punctuation and "Experts' Viewpoints at the" style
 * prefixes are set aside. Speakers stay in note order and nobody appears twice.
 */
public final class EventMerger {

    public List<IssueEvent> merge(List<Item> items) {
        Map<String, List<Item>> groups = new LinkedHashMap<>();
        for (Item item : items) {
            groups.computeIfAbsent(eventKey(item), k -> new ArrayList<>()).add(item);
        }
        List<IssueEvent> events = new ArrayList<>();
        for (List<Item> group : groups.values()) {
            events.add(toEvent(group));
        }
        return events;
    }

    private static IssueEvent toEvent(List<Item> group) {
        Item first = group.get(0);
        String title = group.stream()
                .map(Item::title)
                .filter(t -> t != null && !t.isBlank())
                .reduce((a, b) -> b.length() > a.length() ? b : a)
                .orElse(first.title());
        String lead = group.stream()
                .map(Item::lead)
                .filter(l -> l != null && !l.isBlank())
                .findFirst()
                .orElse(null);
        List<Speaker> speakers = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Item item : group) {
            for (Speaker s : item.speakers()) {
                if (seen.add(personKey(s.name()))) {
                    speakers.add(s);
                }
            }
        }
        List<Section> sections = new ArrayList<>();
        for (Item item : group) {
            for (Section section : item.sections()) {
                if (!sections.contains(section)) {
                    sections.add(section);
                }
            }
        }
        return new IssueEvent(
                title,
                first.date(),
                first.format(),
                first.location(),
                lead,
                speakers,
                group.stream().map(Item::id).toList(),
                sections,
                List.of());
    }

    static String eventKey(Item item) {
        String title = simplify(item.title());
        title = title.replaceFirst("^(experts? viewpoints? at|highlights? of|notes? (from|on)|summary of) (the )?", "");
        return (item.date() == null ? "?" : item.date().toString()) + "|" + title;
    }

    static String personKey(String name) {
        List<String> tokens = new ArrayList<>(List.of(simplify(name).split(" ")));
        tokens.sort(null);
        return String.join(" ", tokens);
    }

    private static String simplify(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return n.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
