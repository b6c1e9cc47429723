package org.newsdesk.ops;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.NoteSource;
import org.newsdesk.domain.Speaker;

/** Ready-to-publish items for tests that need one without reading a note. */
final class TestItems {

    private TestItems() {}

    static Item pending(String id) {
        return new Item(
                Item.SCHEMA,
                id,
                "china-asean",
                "Forum " + id,
                LocalDate.of(2026, 11, 20),
                "online",
                null,
                List.of("MEE"),
                "A forum was held.",
                List.of(new Speaker("Li Lei", "Mr.", "Director", "FECO", "Cooperation matters.")),
                new NoteSource(id + ".md", "0".repeat(64), Instant.now(), "file"),
                List.of());
    }
}
