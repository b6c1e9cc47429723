package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.normalize.Notes.header;

import org.junit.jupiter.api.Test;

class LocationRuleTest {

    @Test
    void takesThePlaceAmongTheFactsOfAWhenWhereLine() {
        assertThat(LocationRule.location(FrontMatter.none(""), header("When/where: 15/9/2021, Beijing, hybrid")))
                .isEqualTo("Beijing");
    }

    @Test
    void takesThePlaceFromARunOnFirstLine() {
        assertThat(LocationRule.location(
                        FrontMatter.none(""), header("FORUM ON CLIMATE -- 15 Sept 2021 -- Beijing, online & offline")))
                .isEqualTo("Beijing");
    }

    @Test
    void aVideoCallIsNoPlace() {
        assertThat(LocationRule.location(FrontMatter.none(""), header("Where: Zoom webinar")))
                .isNull();
        assertThat(LocationRule.location(FrontMatter.none(""), header("LMEC newsletter - draft notes - Roundtable")))
                .isNull();
    }
}
