package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateMentionTest {

    @Test
    void findsEveryDateInTextOrder() {
        assertThat(DateMention.in("Held April 8, 2021 (out 9 Apr 2021), notes of 2021-04-10"))
                .extracting(DateMention::date)
                .containsExactly(LocalDate.of(2021, 4, 8), LocalDate.of(2021, 4, 9), LocalDate.of(2021, 4, 10));
    }

    @Test
    void readsDayFirstUnlessOnlyMonthFirstIsPossible() {
        assertThat(DateMention.in("7/12/2022").get(0).date()).isEqualTo(LocalDate.of(2022, 12, 7));
        assertThat(DateMention.in("12/25/2022").get(0).date()).isEqualTo(LocalDate.of(2022, 12, 25));
    }

    @Test
    void keepsAnImpossibleDateAsAMentionWithoutADate() {
        DateMention m = DateMention.in("Date: 31 April 2022").get(0);
        assertThat(m.date()).isNull();
        assertThat(m.written()).isEqualTo("31 April 2022");
    }

    @Test
    void doesNotTakeAnIssueNumberForADate() {
        assertThat(DateMention.in("期号 Issue: 2021年第6期 (Issue 6, 2021)")).isEmpty();
    }

    @Test
    void takesTheFirstDayOfATwoDayEventAndSlashedIsoDates() {
        assertThat(DateMention.in("8-9 April 2021").get(0).date()).isEqualTo(LocalDate.of(2021, 4, 8));
        assertThat(DateMention.in("April 8–9, 2021").get(0).date()).isEqualTo(LocalDate.of(2021, 4, 8));
        assertThat(DateMention.in("2021/4/8").get(0).date()).isEqualTo(LocalDate.of(2021, 4, 8));
    }

    @Test
    void anEventOfSeveralDaysWrittenWithAndOrToIsDatedByItsFirstDay() {
        assertThat(DateMention.in("met on 15 and 16 December 2026").get(0).date())
                .isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(DateMention.in("from 3 to 5 May 2025").get(0).date()).isEqualTo(LocalDate.of(2025, 5, 3));
        assertThat(DateMention.in("December 15 & 16, 2026").get(0).date()).isEqualTo(LocalDate.of(2026, 12, 15));
    }

    @Test
    void anEventAcrossTheEndOfAMonthIsDatedByItsFirstDayInTheYearWrittenAtTheEnd() {
        assertThat(DateMention.in("held from 30 November to 2 December 2026")
                        .get(0)
                        .date())
                .isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(DateMention.in("November 30 – December 2, 2026").get(0).date())
                .isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(DateMention.in("30 December 2026 – 2 January 2027"))
                .extracting(DateMention::date)
                .containsExactly(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 2));
    }
}
