package org.newsdesk.store;

import io.micrometer.core.instrument.Metrics;
import java.util.stream.Collectors;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Warning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One log line per note: which item it made and where the item waits. */
public class NoteOutcomes {

    private static final Logger LOG = LoggerFactory.getLogger(NoteOutcomes.class);

    private final ItemStore items;

    public NoteOutcomes(ItemStore items) {
        this.items = items;
    }

    public ItemStore.Saved store(Item item) {
        ItemStore.Saved saved = items.save(item);
        Metrics.counter("newsdesk.notes.read").increment();
        switch (saved) {
            case PENDING ->
                LOG.info(
                        "Note {} → item {} ({}, {} speakers), pending for {}",
                        item.source().file(),
                        item.id(),
                        item.title(),
                        item.speakers().size(),
                        item.publication());
            case HELD ->
                LOG.info(
                        "Note {} → item {} held for review: {}",
                        item.source().file(),
                        item.id(),
                        item.publication() == null
                                ? "publication unknown"
                                : item.warnings().stream()
                                        .map(Warning::describe)
                                        .collect(Collectors.joining("; ")));
            case DUPLICATE ->
                LOG.info(
                        "Note {} → item {} already stored; not added again",
                        item.source().file(),
                        item.id());
        }
        return saved;
    }
}
