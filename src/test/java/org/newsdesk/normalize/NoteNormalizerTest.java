package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.newsdesk.normalize.Notes.note;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.NoteRejectedException;

class NoteNormalizerTest {

    private final NoteNormalizer normalizer = new NoteNormalizer();

    private static final String NOTE = """
            Event: Youth Climate Salon
            Date: 3 November 2022
            Format: online
            Host: Lancang-Mekong Environmental Cooperation Center

            Chen Ying – Programme Officer, LMEC
            Young people in the region are ready to lead
            on low-carbon lifestyles.

            Second paragraph of her remarks.
            """;

    @Test
    void buildsAnItemWithEveryField() {
        Item item = normalizer.normalize(note(NOTE, "lmec", null));
        assertThat(item.schema()).isEqualTo(Item.SCHEMA);
        assertThat(item.id()).matches("itm-[0-9a-f]{16}");
        assertThat(item.publication()).isEqualTo("lmec");
        assertThat(item.title()).isEqualTo("Youth Climate Salon");
        assertThat(item.date()).isEqualTo(LocalDate.of(2022, 11, 3));
        assertThat(item.format()).isEqualTo("online");
        assertThat(item.organizers()).containsExactly("Lancang-Mekong Environmental Cooperation Center");
        assertThat(item.speakers()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Chen Ying");
            assertThat(s.role()).isEqualTo("Programme Officer");
            assertThat(s.organization()).isEqualTo("LMEC");
            assertThat(s.statement())
                    .isEqualTo(
                            "Young people in the region are ready to lead on low-carbon lifestyles.\n\nSecond paragraph of her remarks.");
        });
        assertThat(item.source().file()).isEqualTo("note.txt");
        assertThat(item.warnings()).isEmpty();
    }

    @Test
    void givesTheSameIdToTheSameNoteHoweverItWasWrapped() {
        String rewrapped = NOTE.replace("ready to lead\non", "ready to lead on")
                .replace("Youth Climate Salon", "YOUTH CLIMATE SALON");
        assertThat(normalizer.normalize(note(rewrapped)).id())
                .isEqualTo(normalizer.normalize(note(NOTE)).id());
    }

    @Test
    void holdsANoteThatNamesAnEventButNoSpeakerSoAnEditorCanAddThem() {
        Item item = normalizer.normalize(
                note("Event: Youth Climate Salon\nDate: 3 Nov 2022\n\nWe talked about many things."));
        assertThat(item.speakers()).isEmpty();
        assertThat(item.title()).isEqualTo("Youth Climate Salon");
        assertThat(item.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("no-speakers");
            assertThat(w.field()).isEqualTo("speakers");
        });
        assertThat(item.needsReview()).isTrue();
    }

    @Test
    void rejectsTextThatNamesNeitherAnEventNorASpeakerWithAReasonAnOfficerCanActOn() {
        assertThatThrownBy(() -> normalizer.normalize(note("We talked about many things.")))
                .isInstanceOfSatisfying(NoteRejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo("no-speakers");
                    assertThat(e.problem().message()).contains("Name — Role, Organization");
                });
    }

    @Test
    void keepsANoteInAnotherLanguageAndHoldsItForReview() {
        Item item = normalizer.normalize(note("活动：青年气候沙龙\n时间：2022年11月3日\n\n发言人：陈颖\n单位：澜湄中心\n要点：青年已经准备好引领低碳生活。"));
        assertThat(item.speakers()).hasSize(1);
        assertThat(item.warnings())
                .anyMatch(w ->
                        w.code().equals("unsupported-language") && w.message().contains("unsupported language"));
        assertThat(item.needsReview()).isTrue();
    }

    @Test
    void readsAMultiMegabyteSingleLineInReasonableTime() {
        String hostile = "Ms. " + "a, ".repeat(1_000_000) + "<[*_".repeat(200_000);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                normalizer.normalize(note(hostile));
            } catch (NoteRejectedException e) {
                assertThat(e.code()).isEqualTo("no-speakers");
            }
        });
    }
}
