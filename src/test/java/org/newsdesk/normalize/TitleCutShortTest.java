package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.normalize.Notes.note;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Warning;

class TitleCutShortTest {

    private final NoteNormalizer normalizer = new NoteNormalizer();

    private static final String SPEAKER = """

            Dr. Amina Yusuf, Senior Officer, Blue Coast Network, reported that only a third of the landing sites record catches every day, and that most records stay on paper.
            """;

    private List<Warning> cutShort(String text) {
        Item item = normalizer.normalize(note(text, "lmec", null));
        return item.warnings().stream()
                .filter(w -> w.code().equals("title-longer-name"))
                .toList();
    }

    @Test
    void aTitleTheTextWritesAsTheEndOfALongerNameIsHeldNamingTheLongerOne() {
        List<Warning> warnings = cutShort("""
                Fisheries Data Workshop

                Officers from six countries met in Zanzibar on 15 December 2026 for the Western Indian Ocean Small-Scale Fisheries Data Workshop, organised by the Blue Coast Network.
                """ + SPEAKER);
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.field()).isEqualTo("title");
            assertThat(w.message()).contains("\"Western Indian Ocean Small-Scale Fisheries Data Workshop\"");
        });
    }

    @Test
    void theTitleAfterAnArticleOrALowerCaseWordIsTheWholeName() {
        assertThat(cutShort("""
                        Fisheries Data Workshop

                        Officers met in Zanzibar on 15 December 2026 for the Fisheries Data Workshop. The Fisheries Data Workshop was organised by the Blue Coast Network.
                        """ + SPEAKER)).isEmpty();
    }

    @Test
    void aTitleTheOfficerLabelledIsTheirsEvenWhenTheTextSaysMore() {
        assertThat(cutShort("""
                        Title: Fisheries Data Workshop
                        Date: 15 December 2026

                        Officers met for the Western Indian Ocean Fisheries Data Workshop.
                        """ + SPEAKER)).isEmpty();
    }

    @Test
    void aCapitalisedWordThatOpensASentenceIsNotPartOfTheName() {
        assertThat(TitleCutShort.longerName("Yesterday Fisheries Data Workshop closed.", "Fisheries Data Workshop"))
                .isNull();
        assertThat(TitleCutShort.longerName(
                        "Participants of the Regional Fisheries Data Workshop agreed.", "Fisheries Data Workshop"))
                .isEqualTo("Regional Fisheries Data Workshop");
        assertThat(TitleCutShort.longerName("Opening session: Fisheries Data Workshop", "Fisheries Data Workshop"))
                .isNull();
    }
}
