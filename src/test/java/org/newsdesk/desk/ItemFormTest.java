package org.newsdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.NoteSource;
import org.newsdesk.domain.Section;
import org.newsdesk.domain.Speaker;
import org.newsdesk.domain.Warning;

class ItemFormTest {

    static final Speaker LI = new Speaker("Li Wei", "Dr.", "Director", "Mekong", "First point.\n\nSecond point.");
    static final Speaker ANA = new Speaker("Ana Lopez", "Ms.", "Adviser", "UNEP", "Her words.");
    static final Item STORED = new Item(
            Item.SCHEMA,
            "itm-1",
            "lmec",
            "Roundtable",
            LocalDate.of(2026, 3, 14),
            "online",
            null,
            List.of("LMEC"),
            "A lead.",
            List.of(LI, ANA),
            new NoteSource("n.txt", "a".repeat(64), Instant.EPOCH, "inbox"),
            List.of(Warning.of("organization-uncertain", "speakers[0].organization", "check it")));

    static DeskHttp.Form form(String... pairs) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], List.of(pairs[i + 1]));
        }
        return new DeskHttp.Form(fields);
    }

    @Test
    void thePostedValuesReplaceTheItemsButNeverItsIdSourceOrWarnings() {
        ItemForm.Read read = ItemForm.read(
                STORED,
                form(
                        "title", " Roundtable on water ",
                        "date", "2026-03-15",
                        "format", "hybrid",
                        "organizers", "LMEC\r\n\r\nUNEP  \n",
                        "speakers", "1",
                        "speaker.0.name", "Li Wei",
                        "speaker.0.organization", "Lancang-Mekong Environmental Cooperation Center",
                        "speaker.0.statement", "One.\r\n\r\n\r\nTwo.  ",
                        "id", "itm-other"));
        assertThat(read.problem()).isNull();
        Item item = read.item();
        assertThat(item.id()).isEqualTo("itm-1");
        assertThat(item.source()).isEqualTo(STORED.source());
        assertThat(item.warnings()).isEqualTo(STORED.warnings());
        assertThat(item.title()).isEqualTo("Roundtable on water");
        assertThat(item.date()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(item.organizers()).containsExactly("LMEC", "UNEP");
        assertThat(item.speakers()).singleElement().satisfies(s -> {
            assertThat(s.organization()).isEqualTo("Lancang-Mekong Environmental Cooperation Center");
            assertThat(s.statement()).isEqualTo("One.\n\nTwo.");
            assertThat(s.honorific()).isNull();
        });
        assertThat(item.publication()).isEqualTo("lmec");
    }

    @Test
    void aDateThatIsNotADateIsSaidAndTheStoredOneKept() {
        ItemForm.Read read = ItemForm.read(STORED, form("date", "14/03/2026", "speakers", "0"));
        assertThat(read.problem()).contains("\"14/03/2026\" is not a date", "YYYY-MM-DD");
        assertThat(read.item().date()).isEqualTo(STORED.date());
    }

    @Test
    void aDamagedSpeakerCountIsRefused() {
        assertThatThrownBy(() -> ItemForm.read(STORED, form("speakers", "many")))
                .isInstanceOf(DeskRefused.class)
                .hasMessageContaining("reload the item");
    }

    @Test
    void speakersAreAddedRemovedAndMoved() {
        assertThat(ItemForm.apply(List.of(LI, ANA), "add"))
                .hasSize(3)
                .last()
                .isEqualTo(new Speaker(null, null, null, null, null));
        assertThat(ItemForm.apply(List.of(LI, ANA), "remove:0")).containsExactly(ANA);
        assertThat(ItemForm.apply(List.of(LI, ANA), "up:1")).containsExactly(ANA, LI);
        assertThat(ItemForm.apply(List.of(LI, ANA), "down:0")).containsExactly(ANA, LI);
        assertThat(ItemForm.apply(List.of(LI, ANA), "down:1")).containsExactly(LI, ANA);
        assertThat(ItemForm.apply(List.of(LI, ANA), "save")).containsExactly(LI, ANA);
    }

    @Test
    void splittingKeepsTheFirstParagraphAndGivesTheRestToANewSpeaker() {
        List<Speaker> split = ItemForm.apply(List.of(LI, ANA), "split:0");
        assertThat(split).hasSize(3);
        assertThat(split.get(0).statement()).isEqualTo("First point.");
        assertThat(split.get(0).name()).isEqualTo("Li Wei");
        assertThat(split.get(1)).isEqualTo(new Speaker(null, null, null, null, "Second point."));
        assertThat(split.get(2)).isEqualTo(ANA);
    }

    @Test
    void mergingJoinsTheStatementsAndFillsWhatTheFirstLacks() {
        Speaker nameless = new Speaker(null, null, "Professor", null, "More words.");
        List<Speaker> merged = ItemForm.apply(List.of(nameless, ANA), "merge:0");
        assertThat(merged)
                .containsExactly(new Speaker("Ana Lopez", "Ms.", "Professor", "UNEP", "More words.\n\nHer words."));
        assertThatThrownBy(() -> ItemForm.apply(List.of(LI, ANA), "merge:1"))
                .isInstanceOf(DeskRefused.class)
                .hasMessageContaining("none to merge with");
        assertThatThrownBy(() -> ItemForm.apply(List.of(LI), "remove:5")).hasMessageContaining("no speaker 6");
        assertThatThrownBy(() -> ItemForm.apply(List.of(LI), "explode:0")).hasMessageContaining("Unknown");
    }

    @Test
    void theChangesNameEachFieldWithItsOldAndNewValue() {
        Item after = ItemForm.read(
                        STORED,
                        form(
                                "title", "Roundtable",
                                "date", "2026-03-14",
                                "format", "online",
                                "organizers", "LMEC",
                                "lead", "A lead.",
                                "speakers", "2",
                                "speaker.0.name", "Li Wei",
                                "speaker.0.honorific", "Dr.",
                                "speaker.0.role", "Director",
                                "speaker.0.organization", "LMEC",
                                "speaker.0.statement", "First point.\n\nSecond point.",
                                "speaker.1.name", "Ana Lopez",
                                "speaker.1.honorific", "Ms.",
                                "speaker.1.role", "Adviser",
                                "speaker.1.organization", "UNEP",
                                "speaker.1.statement", "Her words."))
                .item();
        assertThat(ItemForm.changes(STORED, after)).containsExactly("speakers[0].organization: \"Mekong\" → \"LMEC\"");
        assertThat(ItemForm.changes(STORED, STORED)).isEmpty();
        assertThat(ItemForm.changes(STORED, STORED.withPublication(null)))
                .containsExactly("publication: \"lmec\" → (none)");
    }

    @Test
    void anEditKeepsTheVerbsOfTheNoteAndItsSections() {
        Item stored = new Item(
                STORED.schema(),
                STORED.id(),
                STORED.publication(),
                STORED.title(),
                STORED.date(),
                STORED.format(),
                STORED.location(),
                STORED.organizers(),
                STORED.lead(),
                List.of(
                        new Speaker("Li Wei", "Dr.", "Director", "Mekong", "First point.", "pointed out"),
                        new Speaker("Ana Lopez", "Ms.", "Adviser", "UNEP", "Her words.", "said")),
                STORED.source(),
                STORED.warnings(),
                List.of(new Section("Conclusion", List.of(), "Ana Lopez")));
        Item item = ItemForm.read(
                        stored,
                        form(
                                "speakers", "2",
                                "speaker.0.name", "Li Wei",
                                "speaker.0.statement", "First point, corrected.",
                                "speaker.1.name", "Ana López",
                                "speaker.1.statement", "Her words."))
                .item();
        assertThat(item.speakers()).extracting(Speaker::reportingVerb).containsExactly("pointed out", "said");
        assertThat(item.sections()).isEqualTo(stored.sections());
        List<Speaker> merged = ItemForm.apply(item.speakers(), "merge:0");
        assertThat(merged)
                .singleElement()
                .satisfies(s -> assertThat(s.reportingVerb()).isEqualTo("pointed out"));
    }
}
