package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.normalize.Notes.header;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TitleRuleTest {

    private static String titleOf(String text) {
        return TitleRule.title(FrontMatter.none(""), header(text), null, Set.of("LMEC"));
    }

    @Test
    void prefersTheEventLineToTheOfficersOwnHeadline() {
        assertThat(titleOf("notes -- SSC forum, cont'd (pt 3/5)\nEvent: Forum on Climate Change\nHost = FECO"))
                .isEqualTo("Forum on Climate Change");
    }

    @Test
    void takesTheEventPieceOfARunOnLineInTitleCase() {
        assertThat(titleOf("FORUM ON THE KNOWLEDGE-SHARING PLATFORM FOR LMEC PARTNERS -- 15 Sept 2021 -- notes pt 2/5"))
                .isEqualTo("Forum on the Knowledge-Sharing Platform for LMEC Partners");
    }

    @Test
    void skipsTheOfficersDraftLineForTheEventsOwnLine() {
        assertThat(
                        titleOf(
                                "LMEC newsletter - draft notes - Roundtable S1 (8 Apr)\n\nLancang-Mekong Roundtable Dialogue: Session 1"))
                .isEqualTo("Lancang-Mekong Roundtable Dialogue: Session 1");
    }

    @Test
    void fallsBackToTheMailSubjectWithoutTagsAndReplyMarks() {
        assertThat(TitleRule.title(FrontMatter.none(""), header("Hi"), "Re: [lmec] Fwd: Youth Climate Salon", Set.of()))
                .isEqualTo("Youth Climate Salon");
    }

    @Test
    void theKindOfWriteUpBeforeTheNameIsNotPartOfIt() {
        assertThat(TitleRule.withoutReportWord("Panel recap: Financing Small Island Water Systems"))
                .isEqualTo("Financing Small Island Water Systems");
        assertThat(TitleRule.withoutReportWord("Summary – Forum on Harbour Resilience"))
                .isEqualTo("Forum on Harbour Resilience");
        assertThat(TitleRule.withoutReportWord("Minutes: Board")).isEqualTo("Minutes: Board");
        assertThat(TitleRule.withoutReportWord("Reporting Verbs in Climate Journalism"))
                .isEqualTo("Reporting Verbs in Climate Journalism");
    }

    @Test
    void aDateAndPlaceWrittenAfterTheNameAreNotPartOfIt() {
        assertThat(TitleRule.withoutTrailingDate(
                        "Regional Workshop on Drought Early Warning, Ulaanbaatar, 10–11 June 2025"))
                .isEqualTo("Regional Workshop on Drought Early Warning");
        assertThat(TitleRule.withoutTrailingDate("Harbour Resilience Forum – 14 May 2024"))
                .isEqualTo("Harbour Resilience Forum");
        assertThat(TitleRule.withoutTrailingDate("Harbour Resilience Forum 2024"))
                .isEqualTo("Harbour Resilience Forum 2024");
    }

    @Test
    void aWebsitePagesTitleIsDoubtedLikeAHeadline() {
        var reading = new TitleRule()
                .read(Notes.context(
                        "+++\ntitle = \"Open ocean data needs a budget line: our recap\"\ndraft = false\n+++\n\n"
                                + "The Ocean Data Symposium took place online on 28 April 2026.\n"));
        assertThat(reading.evidence()).isNotEqualTo(Reading.Evidence.FRONT_MATTER);
    }

    @Test
    void aNameCutOutOfALineThatGoesOnLikeANameIsUncertain() {
        var reading = new TitleRule()
                .read(Notes.context("Webinar on Capturing Methane from Municipal Landfills\n"
                        + "Tuesday, 24 February 2026, online\n\n"
                        + "Dr. Ananya Chatterjee – Senior Scientist, Bengal Institute\nOpen dumps release methane.\n"));
        assertThat(reading.value()).isEqualTo("Webinar on Capturing Methane");
        assertThat(reading.warnings()).extracting(w -> w.code()).containsExactly("title-uncertain");
    }

    @Test
    void aHeadlineThatShortensTheEventsNameGivesWayToTheNameTheTextWritesWhole() {
        var reading = new TitleRule()
                .read(
                        Notes.context(
                                "# Growers See Cooler Soils, Steadier Yields Under Solar Panels at Western Field Forum\n\n"
                                        + "Growers compared field data at the Western Agrivoltaics Field Forum on 8 December 2026.\n\n"
                                        + "Dr. Renata Okafor, Director, Greenfield Alliance, said that the soil stayed moist.\n"));
        assertThat(reading.value()).isEqualTo("Western Agrivoltaics Field Forum");
    }
}
