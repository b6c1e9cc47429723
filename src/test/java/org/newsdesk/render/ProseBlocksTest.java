package org.newsdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.render.ProseBlocks.Block;

class ProseBlocksTest {

    @Test
    void aBareLowerCaseParagraphBecomesASentence() {
        assertThat(ProseBlocks.sentence("willing to strengthen practical coop with the Platform"))
                .isEqualTo("Willing to strengthen practical coop with the Platform.");
        assertThat(ProseBlocks.sentence("recommends the Platform act;")).isEqualTo("Recommends the Platform act.");
    }

    @Test
    void aFinishedSentenceStaysAsWritten() {
        assertThat(ProseBlocks.sentence("The Platform is open.")).isEqualTo("The Platform is open.");
        assertThat(ProseBlocks.sentence("It is “open.”")).isEqualTo("It is “open.”");
        assertThat(ProseBlocks.sentence("Why not?")).isEqualTo("Why not?");
        assertThat(ProseBlocks.sentence("Current focus:")).isEqualTo("Current focus:");
        // a word written with a capital inside keeps its first letter
        assertThat(ProseBlocks.sentence("eBay joined the pilot.")).isEqualTo("eBay joined the pilot.");
    }

    @Test
    void lowerCasePointsAfterAColonAreAList() {
        assertThat(ProseBlocks.of(
                        List.of("Current focus:", "reducing costs & increasing efficiency;", "shipping,", "ports"),
                        false))
                .containsExactly(
                        new Block("Current focus:", List.of()),
                        new Block(null, List.of("reducing costs & increasing efficiency", "shipping", "ports")));
        assertThat(ProseBlocks.of(List.of("two points", "Both agreed"), true))
                .containsExactly(new Block(null, List.of("two points")), new Block("Both agreed.", List.of()));
    }

    @Test
    void lowerCaseParagraphsWithoutAColonBeforeThemAreSentences() {
        assertThat(ProseBlocks.of(List.of("first point", "second point"), false))
                .containsExactly(new Block("First point.", List.of()), new Block("Second point.", List.of()));
        assertThat(ProseBlocks.of(List.of("First point", "second point"), false)
                        .get(0)
                        .list())
                .isFalse();
    }
}
