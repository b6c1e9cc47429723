package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsdesk.normalize.LabelledLine.Field;
import org.newsdesk.normalize.LabelledLine.Label;

class LabelledLineTest {

    @Test
    void readsEnglishChineseAndBilingualLabels() {
        assertThat(LabelledLine.parse("Date: 15 Sep 2021")).contains(new Field(Label.DATE, "15 Sep 2021"));
        assertThat(LabelledLine.parse("时间 Date: 2021年4月8日")).contains(new Field(Label.DATE, "2021年4月8日"));
        assertThat(LabelledLine.parse("發言人：陳美玲")).contains(new Field(Label.SPEAKER, "陳美玲"));
        assertThat(LabelledLine.parse("Host = FECO")).contains(new Field(Label.ORGANIZER, "FECO"));
        assertThat(LabelledLine.parse("**Hosted by:** LMEC")).contains(new Field(Label.ORGANIZER, "LMEC"));
    }

    @Test
    void tellsTheEventsNameFromItsDate() {
        assertThat(LabelledLine.parse("Event: Forum").orElseThrow().label()).isEqualTo(Label.TITLE);
        assertThat(LabelledLine.parse("Event date: 12 October 2022")
                        .orElseThrow()
                        .label())
                .isEqualTo(Label.DATE);
        assertThat(LabelledLine.parse("When/where: 15/9/2021, Beijing")
                        .orElseThrow()
                        .label())
                .isEqualTo(Label.WHEN_WHERE);
    }

    @Test
    void ignoresColonsThatDoNotEndAKnownLabel() {
        assertThat(LabelledLine.parse("Summary of expert opinions:")).isEmpty();
        assertThat(LabelledLine.parse("Zhou Shuang: C40 has cases")).isEmpty();
        assertThat(LabelledLine.parse("Lancang-Mekong Roundtable Dialogue on Regional Governance: Session 1"))
                .isEmpty();
    }

    @Test
    void readsALabelWrittenInTwoLanguages() {
        assertThat(LabelledLine.parse("Diễn giả / Speaker: Dr. LÊ Văn Thành")).hasValueSatisfying(f -> {
            assertThat(f.label()).isEqualTo(LabelledLine.Label.SPEAKER);
            assertThat(f.value()).isEqualTo("Dr. LÊ Văn Thành");
        });
        assertThat(LabelledLine.parse("Sự kiện / Event: Workshop on Heat-Tolerant Rice"))
                .hasValueSatisfying(f -> assertThat(f.label()).isEqualTo(LabelledLine.Label.TITLE));
        assertThat(LabelledLine.parse("报告人 Speaker: Sukarmi"))
                .hasValueSatisfying(f -> assertThat(f.label()).isEqualTo(LabelledLine.Label.SPEAKER));
        assertThat(LabelledLine.parse("Summary of expert opinions: many")).isEmpty();
    }
}
