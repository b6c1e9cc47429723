package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.normalize.Notes.header;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventDateRuleTest {

    private static EventDateRule.EventDate dateOf(String headerText) {
        return EventDateRule.date(FrontMatter.none(""), header(headerText));
    }

    @Test
    void neverRollsOverAnImpossibleDate() {
        EventDateRule.EventDate d = dateOf("Event: Workshop\nDate: 30 February 2022");
        assertThat(d.date()).isNull();
        assertThat(d.warning()).contains("30 February 2022").contains("does not exist");
    }

    @Test
    void neverRollsOverAnImpossibleFrontMatterDate() {
        FrontMatter fm = FrontMatterRule.read("---\ndate: 2021-02-30\n---\nx");
        assertThat(EventDateRule.date(fm, header("x")).date()).isNull();
    }

    @Test
    void takesTheEventDateNotTheIssueDate() {
        EventDateRule.EventDate d = dateOf("For Issue 6, 2021 (out April 9, 2021).\nHeld April 8, 2021, both online and offline.");
        assertThat(d.date()).isEqualTo(LocalDate.of(2021, 4, 8));
    }

    @Test
    void readsTheFormsOfficersWrite() {
        assertThat(dateOf("FORUM -- 15 Sept 2021 -- Beijing").date()).isEqualTo(LocalDate.of(2021, 9, 15));
        assertThat(dateOf("When/where: 15/9/2021, Beijing, hybrid").date()).isEqualTo(LocalDate.of(2021, 9, 15));
        assertThat(dateOf("时间 Date: 2021年4月8日").date()).isEqualTo(LocalDate.of(2021, 4, 8));
        assertThat(dateOf("date: 2022-11-03").date()).isEqualTo(LocalDate.of(2022, 11, 3));
    }

    @Test
    void saysSoWhenThereIsNoDate() {
        assertThat(dateOf("Event: Workshop").warning()).startsWith("No event date");
    }
}
