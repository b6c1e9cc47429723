package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Section;
import org.newsdesk.domain.Speaker;
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
        assertThat(back.schema()).isEqualTo(Item.SCHEMA).isEqualTo(3);
        assertThat(back.warnings())
                .containsExactly(
                        new Warning("speaker-uncertain", "speakers[2].organization", 31, "Confirm the organisation."));
    }

    @Test
    void anItemStoredWithSchemaTwoLoadsWithoutVerbsOrSections() throws Exception {
        String stored = """
                {"schema":2,"id":"itm-two","publication":"lmec","title":"Forum","date":"2021-04-08","format":"online",
                 "location":null,"organizers":[],"lead":null,
                 "speakers":[{"name":"Li Xia","honorific":"Ms.","role":"Director","organization":"LMEC",
                              "statement":"The LMEC will remain committed."}],
                 "source":null,"warnings":[]}
                """;
        Item item = Json.mapper().readValue(stored, Item.class);
        assertThat(item.speakers())
                .singleElement()
                .satisfies(s -> assertThat(s.reportingVerb()).isNull());
        assertThat(item.sections()).isEmpty();
        assertThat(item.needsReview()).isFalse();
    }

    @Test
    void theReportingVerbAndTheSectionsKeepThroughJson() throws Exception {
        Item item = SampleItems.lmecExperts();
        Speaker first = item.speakers().get(0);
        Item withBoth = new Item(
                        item.schema(),
                        item.id(),
                        item.publication(),
                        item.title(),
                        item.date(),
                        item.format(),
                        item.location(),
                        item.organizers(),
                        item.lead(),
                        List.of(new Speaker(
                                first.name(),
                                first.honorific(),
                                first.role(),
                                first.organization(),
                                first.statement(),
                                "pointed out")),
                        item.source(),
                        item.warnings())
                .withSections(List.of(new Section("Q&A", List.of("Participants asked about costs."), null)));
        Item back = Json.mapper().readValue(Json.mapper().writeValueAsString(withBoth), Item.class);
        assertThat(back.speakers().get(0).reportingVerb()).isEqualTo("pointed out");
        assertThat(back.sections())
                .containsExactly(new Section("Q&A", List.of("Participants asked about costs."), null));
        assertThat(back).isEqualTo(withBoth);
    }
}
