package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.normalize.Notes.note;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Warning;

class TitleAgreesWithTheHeadingTest {

    private final NoteNormalizer normalizer = new NoteNormalizer();

    private static final String BODY = """
            Mayors and river engineers from four basins closed the second day of the World River Cities Forum on 14 May 2025 with a session on sharing gauge data across borders. The session was held in person.

            Ms. Anna Berg — Director, Blue Coast Foundation
            Reefs take the first blow of every storm. The Foundation restores two reefs a year and wants the board to fund a third.
            """;

    private Item read(String text) {
        return normalizer.normalize(note(text, "lmec", null));
    }

    private static List<Warning> titleUncertain(Item item) {
        return item.warnings().stream()
                .filter(w -> w.code().equals("title-uncertain"))
                .toList();
    }

    @Test
    void aHeadingWrittenLikeANameThatIsNotTheTitleIsHeldNamingBoth() {
        Item item = read("Cities on Shared Rivers: Data Without Borders\n\n" + BODY);
        assertThat(item.title()).isEqualTo("World River Cities Forum");
        assertThat(titleUncertain(item)).singleElement().satisfies(w -> {
            assertThat(w.field()).isEqualTo("title");
            assertThat(w.line()).isEqualTo(1);
            assertThat(w.message())
                    .contains("Cities on Shared Rivers: Data Without Borders")
                    .contains("World River Cities Forum");
        });
    }

    @Test
    void aMarkdownHeadingWrittenLikeANameCompetesToo() {
        assertThat(titleUncertain(read("# Cities on Shared Rivers: Data Without Borders\n\n" + BODY)))
                .hasSize(1);
    }

    @Test
    void aStoryHeadlineIsNotASecondCandidate() {
        assertThat(read("Port cities pledge to open up their flood data\n\n" + BODY)
                        .warnings())
                .isEmpty();
    }

    @Test
    void aTitleLineSettlesWhichOneIsTheEvent() {
        assertThat(titleUncertain(read(
                        "Cities on Shared Rivers: Data Without Borders\nTitle: World River Cities Forum\n\n" + BODY)))
                .isEmpty();
    }

    @Test
    void aHeadingThatSharesMostWordsWithTheTitleAgreesWithIt() {
        assertThat(TitleAgreesWithTheHeading.sameEvent(
                        "Agenda – Heat-Health Early Warning Workshop",
                        "Workshop on Heat-Health Early Warning Systems for South and Southeast Asian Cities"))
                .isTrue();
        assertThat(TitleAgreesWithTheHeading.sameEvent(
                        "Cities on Shared Rivers: Data Without Borders", "World River Cities Forum"))
                .isFalse();
    }

    @Test
    void mastheadsLabelsSentencesAndNamesAreNotHeadingsWrittenLikeAName() {
        assertThat(TitleAgreesWithTheHeading.readsAsAName("Cities on Shared Rivers: Data Without Borders"))
                .isTrue();
        assertThat(TitleAgreesWithTheHeading.readsAsAName("Lower Mekong Water Cooperation Centre"))
                .isFalse();
        assertThat(TitleAgreesWithTheHeading.readsAsAName("SOUTH ASIAN SEAS BIODIVERSITY CENTRE"))
                .isFalse();
        assertThat(TitleAgreesWithTheHeading.readsAsAName("Date: 14 May 2025")).isFalse();
        assertThat(TitleAgreesWithTheHeading.readsAsAName("Small towns, big rivers: what three Andean towns learned"))
                .isFalse();
        assertThat(TitleAgreesWithTheHeading.readsAsAName("Mayors Gathered in Rotterdam"))
                .isFalse();
        assertThat(TitleAgreesWithTheHeading.readsAsAName("Blue Tourism Roundtable — Notes"))
                .isFalse();
        assertThat(TitleAgreesWithTheHeading.readsAsAName("Priya Raman")).isFalse();
    }

    @Test
    void aMenuLineBeforeTheHeadingIsPassedOver() {
        assertThat(titleUncertain(
                        read("Menu    Search    EN | ES\n\nCities on Shared Rivers: Data Without Borders\n\n" + BODY)))
                .hasSize(1);
    }

    @Test
    void anEventNamedInASentenceEndingInAPlaceIsHeldForWhereTheNameEnds() {
        Item item = read(
                BODY.replace("World River Cities Forum on 14 May", "World River Cities Forum in Rotterdam on 14 May"));
        assertThat(item.title()).isEqualTo("World River Cities Forum");
        assertThat(titleUncertain(item))
                .singleElement()
                .satisfies(w -> assertThat(w.message()).contains("in Rotterdam"));
    }
}
