package org.newsdesk.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WrappedLinesTest {

    @Test
    void joinsALineThePdfWrappedInsideATitleOrABracket() {
        assertThat(WrappedLines.join("Regional Symposium on Mangrove\nand Seagrass Restoration\nDate: 26 June 2025"))
                .isEqualTo("Regional Symposium on Mangrove and Seagrass Restoration\nDate: 26 June 2025");
        assertThat(WrappedLines.join(
                        "Key takeaways from Dr. Amina Diallo (Sahel Climate Finance\nObservatory):\n- first point"))
                .isEqualTo("Key takeaways from Dr. Amina Diallo (Sahel Climate Finance Observatory):\n- first point");
    }

    @Test
    void turnsPdfBulletGlyphsIntoListItemsAndJoinsTheirTails() {
        assertThat(
                        WrappedLines.join(
                                "\uf0b7 Less than a tenth of the finance for the region\n\nreaches farm level.\n\uf0b7 Next point."))
                .isEqualTo("- Less than a tenth of the finance for the region reaches farm level.\n- Next point.");
    }

    @Test
    void leavesLinesThatEndASentenceOrStartAProgrammeEntryAlone() {
        String text = "The forum closed at noon.\nThe next one is in May.\n09:40 Keynote — Prof. Y";
        assertThat(WrappedLines.join(text)).isEqualTo(text);
    }

    @Test
    void aPdfThatPrintsABlankAfterEveryLineIsJoinedWhereTheTextGoesOn() {
        StringBuilder text = new StringBuilder("Minutes\n\nItem 2 - Benchmarking\n\n");
        text.append("Ms. Popescu said that water losses across the eight member utilities fell from 41 to\n\n");
        text.append("37 percent of supply in 2023. The best results came from utilities that split their\n\n");
        text.append("networks into metered districts.\n\n");
        for (int i = 0; i < 8; i++) {
            text.append("Item ").append(i + 3).append("\n\n");
        }
        String joined = WrappedLines.join(text.toString());
        assertThat(joined)
                .contains("fell from 41 to 37 percent of supply in 2023. The best results came from"
                        + " utilities that split their networks into metered districts.");
        assertThat(joined).contains("Item 2 - Benchmarking\n\nMs. Popescu");
    }

    @Test
    void aBlankLineInAnOrdinaryNoteStillEndsTheParagraph() {
        String text = "The forum closed at noon and the\n\nnext one is in May.";
        assertThat(WrappedLines.join(text)).isEqualTo(text);
    }
}
