package org.newsdesk.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pages of a PDF put together again: running lines dropped, paragraphs split by a page break joined. */
class PageTextTest {

    @Test
    void aSentenceSplitByAPageBreakIsJoined() {
        assertThat(PageText.joinPages("Header\nThe port raised its quay by half a metre\f"
                        + "Header\nlast year, and plans a tidal gate.\f" + "Header\nThe end."))
                .contains("half a metre last year, and plans");
    }

    @Test
    void aPageEndingOnANameAndOneOpeningWithASpeakerStayApart() {
        String text = PageText.joinPages("Exchange\nOrganisers: Hydrogen Valleys Partnership\f"
                + "Exchange\nProf. Javier Montoya (Atacama Institute)\nSolar power is cheap.\f"
                + "Exchange\nMs. Gulnara Abenova (Steppe Consortium)\nWind blows at night.");
        assertThat(text).contains("Partnership\n\nProf. Javier Montoya");
    }

    @Test
    void aTitleRepeatedOnEverySlideIsKeptOnceAsTheFirstLine() {
        String text = PageText.joinPages("Green Hydrogen Exchange\nOnline session\f"
                + "Green Hydrogen Exchange\nProf. Javier Montoya\f" + "Green Hydrogen Exchange\nMs. Gulnara Abenova");
        assertThat(text).startsWith("Green Hydrogen Exchange\nOnline session");
        assertThat(text.split("Green Hydrogen Exchange", -1)).hasSize(2);
    }
}
