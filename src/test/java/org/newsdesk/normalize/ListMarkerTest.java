package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListMarkerTest {

    @Test
    void recognisesBulletsAndNumbers() {
        assertThat(ListMarker.strip("- item")).isEqualTo("item");
        assertThat(ListMarker.strip("• item")).isEqualTo("item");
        assertThat(ListMarker.strip("12. item")).isEqualTo("item");
        assertThat(ListMarker.strip("(3) item")).isEqualTo("item");
    }

    @Test
    void leavesOrdinaryLinesAlone() {
        assertThat(ListMarker.length("-> see other file")).isZero();
        assertThat(ListMarker.length("2021. A good year")).isZero();
        assertThat(ListMarker.length("Low-carbon parks")).isZero();
    }
}
