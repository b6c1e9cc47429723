package org.newsdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.NoteSource;
import org.newsdesk.domain.Speaker;
import org.newsdesk.domain.Warning;

class NoteLinesTest {

    static Item item(List<Speaker> speakers, List<Warning> warnings) {
        return new Item(
                Item.SCHEMA,
                "itm",
                "lmec",
                "Water Forum 2026",
                null,
                null,
                "Vientiane",
                List.of(),
                null,
                speakers,
                new NoteSource("n.md", "0".repeat(64), Instant.EPOCH, "inbox"),
                warnings);
    }

    @Test
    void eachLineIsMarkedWithTheValuesFoundInIt() {
        String note = "# Water Forum 2026\n\n**Dr. Li Wei**, Director, Mekong Institute\nWe must share data across"
                + " the basin and act now.\n";
        Item item = item(
                List.of(new Speaker(
                        "Li Wei",
                        "Dr.",
                        "Director",
                        "Mekong Institute",
                        "We must share data across the basin and act now.")),
                List.of());
        List<NoteLines.Line> lines = NoteLines.of(note, item);
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0).marks()).containsExactly("title");
        assertThat(lines.get(1).marked()).isFalse();
        assertThat(lines.get(2).marks()).containsExactly("speaker 1 name", "speaker 1 role", "speaker 1 organization");
        assertThat(lines.get(3).marks()).containsExactly("speaker 1 statement");
        assertThat(lines.get(2).number()).isEqualTo(3);
    }

    @Test
    void aWarningIsShownOnTheLineItPointsAt() {
        Item item = item(List.of(), List.of(Warning.at("speaker-missed", "speakers", 2, "A speaker may be missed.")));
        List<NoteLines.Line> lines = NoteLines.of("one\ntwo\nthree", item);
        assertThat(lines.get(1).warned()).isTrue();
        assertThat(lines.get(1).warnings()).singleElement().asString().contains("A speaker may be missed.");
        assertThat(lines.get(0).warned()).isFalse();
    }

    @Test
    void valuesTooShortToTellApartAreNotMarkedButChineseNamesAre() {
        Item item = item(
                List.of(new Speaker("Li", null, null, null, null), new Speaker("王伟", null, null, null, null)),
                List.of());
        List<NoteLines.Line> lines = NoteLines.of("Li said it. Lions too.\n王伟表示", item);
        assertThat(lines.get(0).marked()).isFalse();
        assertThat(lines.get(1).marks()).containsExactly("speaker 2 name");
    }
}
