package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.normalize.Notes.lines;

import org.junit.jupiter.api.Test;

class StatementTextTest {

    @Test
    void keepsParagraphsOfAStatement() {
        assertThat(StatementText.of(null, lines("First paragraph.\n\nSecond paragraph.")))
                .isEqualTo("First paragraph.\n\nSecond paragraph.");
    }

    @Test
    void joinsWrappedLinesAndMendsHyphenatedWords() {
        assertThat(StatementText.of(
                        null, lines("The platform supports environ-\nmental data sharing\nacross the region.")))
                .isEqualTo("The platform supports environmental data sharing across the region.");
    }

    @Test
    void removesListMarkersAndMarkupAndMakesEachItemAParagraph() {
        assertThat(StatementText.of("Current focus:", lines("- **green** finance\n2. ports")))
                .isEqualTo("Current focus:\n\ngreen finance\n\nports");
    }
}
