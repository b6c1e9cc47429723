package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Warning;
import org.newsdesk.shared.Json;
import org.newsdesk.testing.SampleItems;

class ItemSchemaTest {

    @Test
    void anItemStoredWithSchemaOneStillLoadsAndStaysHeld() throws Exception {
        String stored = """
                {"schema":1,"id":"itm-old","publication":"lmec","title":"Forum","date":"2021-04-08","format":"online",
                 "location":null,"organizers":[],"lead":null,"speakers":[],"source":null,
                 "warnings":["Publication guessed from content (lmec); confirm it."]}
                """;
        Item item = Json.mapper().readValue(stored, Item.class);
        assertThat(item.schema()).isEqualTo(1);
        assertThat(item.needsReview()).isTrue();
        assertThat(item.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(Warning.LEGACY);
            assertThat(w.field()).isNull();
            assertThat(w.message()).startsWith("Publication guessed");
        });
    }

    @Test
    void aWarningKeepsWhatWhereAndWhyThroughJson() throws Exception {
        Item item = SampleItems.lmecExperts()
                .withWarnings(List.of(
                        Warning.at("speaker-uncertain", "speakers[2].organization", 31, "Confirm the organisation.")));
        Item back = Json.mapper().readValue(Json.mapper().writeValueAsString(item), Item.class);
        assertThat(back.schema()).isEqualTo(Item.SCHEMA).isEqualTo(2);
        assertThat(back.warnings())
                .containsExactly(
                        new Warning("speaker-uncertain", "speakers[2].organization", 31, "Confirm the organisation."));
    }
}
