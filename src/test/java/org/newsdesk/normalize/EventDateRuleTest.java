package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.normalize.Notes.context;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Warning;

class EventDateRuleTest {

    private static Reading<LocalDate> dateOf(String text) {
        return new EventDateRule().read(context(text));
    }

    @Test
    void neverRollsOverAnImpossibleDate() {
        Reading<LocalDate> d = dateOf("Event: Workshop\nDate: 30 February 2022");
        assertThat(d.value()).isNull();
        assertThat(d.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("invalid-date");
            assertThat(w.field()).isEqualTo("date");
            assertThat(w.message()).contains("30 February 2022").contains("does not exist");
        });
    }

    @Test
    void aWebsitePagesDateGivesWayToTheSentenceThatDatesTheEvent() {
        Reading<LocalDate> d = dateOf("+++\ntitle = \"What the river told us\"\ndate = 2025-10-09T08:00:00Z\n"
                + "draft = false\n+++\n\nThe Delta Sediment Dialogue was held in Can Tho on 2 October 2025.\n");
        assertThat(d.value()).isEqualTo(LocalDate.of(2025, 10, 2));
    }

    @Test
    void aPageDateAloneIsTakenButNotTrustedLikeAnOfficersFrontMatter() {
        Reading<LocalDate> page =
                dateOf("---\ntitle: Recap\ndate: 2025-10-09\ntags: [water]\n---\n\nSpeakers spoke.\n");
        Reading<LocalDate> officer = dateOf("---\ntitle: Recap\ndate: 2025-10-09\n---\n\nSpeakers spoke.\n");
        assertThat(page.value()).isEqualTo(officer.value()).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThat(page.evidence()).isEqualTo(Reading.Evidence.HEADER_LINE);
        assertThat(officer.evidence()).isEqualTo(Reading.Evidence.FRONT_MATTER);
    }

    @Test
    void neverRollsOverAnImpossibleFrontMatterDate() {
        assertThat(dateOf("---\ndate: 2021-02-30\n---\nx").value()).isNull();
    }

    @Test
    void takesTheEventDateNotTheIssueDate() {
        Reading<LocalDate> d =
                dateOf("For Issue 6, 2021 (out April 9, 2021).\nHeld April 8, 2021, both online and offline.");
        assertThat(d.value()).isEqualTo(LocalDate.of(2021, 4, 8));
    }

    @Test
    void readsTheFormsOfficersWrite() {
        assertThat(dateOf("FORUM -- 15 Sept 2021 -- Beijing").value()).isEqualTo(LocalDate.of(2021, 9, 15));
        assertThat(dateOf("When/where: 15/9/2021, Beijing, hybrid").value()).isEqualTo(LocalDate.of(2021, 9, 15));
        assertThat(dateOf("时间 Date: 2021年4月8日").value()).isEqualTo(LocalDate.of(2021, 4, 8));
        assertThat(dateOf("date: 2022-11-03").value()).isEqualTo(LocalDate.of(2022, 11, 3));
    }

    @Test
    void takesTheDayASentenceGivesTheEventOverAnEarlierMailDate() {
        Reading<LocalDate> d =
                dateOf("Sent 20 June 2024 to the team\n\nOn 12 June 2024, the Harbour Forum was held in Portville.");
        assertThat(d.value()).isEqualTo(LocalDate.of(2024, 6, 12));
        assertThat(d.evidence()).isEqualTo(Reading.Evidence.SENTENCE);
    }

    @Test
    void aWireServicesDatelineIsTheDayTheReleaseWentOutNotTheEvents() {
        Reading<LocalDate> d = dateOf("SACRAMENTO, Calif., Dec. 10, 2026 /AgriWire/ -- Growers compared field data at"
                + " the Western Agrivoltaics Field Forum on Tuesday, Dec. 8, co-hosted by the Greenfield Alliance.");
        assertThat(d.value()).isEqualTo(LocalDate.of(2026, 12, 8));
    }

    @Test
    void givesADayWithoutAYearTheYearOfTheNote() {
        Reading<LocalDate> d =
                dateOf("Notes typed 2024-06-20\n\nThe forum opened on June 12 in Portville with 200 guests.");
        assertThat(d.value()).isEqualTo(LocalDate.of(2024, 6, 12));
    }

    @Test
    void ignoresDeadlinesAndTheNextMeeting() {
        Reading<LocalDate> d = dateOf(
                "Applications close on 30 June 2025.\nThe clinic was held on Tuesday, 3rd of June 2025 in Sylhet.");
        assertThat(d.value()).isEqualTo(LocalDate.of(2025, 6, 3));
    }

    @Test
    void readsAShortNumericDateDayFirstAndSaysItIsAmbiguous() {
        Reading<LocalDate> d = dateOf("Harbour Forum 12/6/24 Portville");
        assertThat(d.value()).isEqualTo(LocalDate.of(2024, 6, 12));
        assertThat(d.warnings()).extracting(Warning::code).containsExactly("date-ambiguous");
    }

    @Test
    void letsTheWrittenWeekdaySettleAnAmbiguousDate() {
        // 6 December 2024 is a Friday; 12 June 2024 a Wednesday
        Reading<LocalDate> d = dateOf("Date: Friday 12/6/2024");
        assertThat(d.value()).isEqualTo(LocalDate.of(2024, 12, 6));
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void saysSoWhenTheWeekdayDoesNotMatch() {
        Reading<LocalDate> d = dateOf("Date: Monday, 3 June 2025");
        assertThat(d.warnings()).extracting(Warning::code).containsExactly("date-weekday-mismatch");
    }

    @Test
    void saysSoWhenThereIsNoDate() {
        assertThat(dateOf("Event: Workshop").warnings())
                .singleElement()
                .satisfies(w -> assertThat(w.message()).startsWith("No event date"));
    }
}
