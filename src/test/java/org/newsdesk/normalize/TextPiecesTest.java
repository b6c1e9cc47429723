package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The small readers the rules share: event names, sentences, dates, markup, role and organisation. */
class TextPiecesTest {

    @Test
    void eventNamesAreFoundInRunningTextAndHeadlines() {
        assertThat(EventName.in("Divers met at the Peatland Fire Prevention Forum in Pekanbaru on Monday."))
                .containsExactly("Peatland Fire Prevention Forum in Pekanbaru");
        assertThat(EventName.withoutTrailingPlace("Peatland Fire Prevention Forum in Pekanbaru"))
                .isEqualTo("Peatland Fire Prevention Forum");
        assertThat(EventName.in("Kelp Forest Restoration Exchange draws divers, growers and scientists"))
                .containsExactly("Kelp Forest Restoration Exchange");
        assertThat(EventName.in("At the Regional Dialogue on Daylighting Urban Rivers, mayors compared notes."))
                .containsExactly("Regional Dialogue on Daylighting Urban Rivers");
        assertThat(EventName.in("The mayor said the city will pay.")).isEmpty();
    }

    @Test
    void headlinesAreToldFromEventNames() {
        assertThat(TitleRule.isHeadline("Forum calls for village fire brigades to be paid year-round"))
                .isTrue();
        assertThat(TitleRule.isHeadline("Forum Report")).isTrue();
        assertThat(TitleRule.isHeadline("Women run the fish markets. Why aren’t they on the boards?"))
                .isTrue();
        assertThat(TitleRule.isHeadline("Harbour Resilience Forum 2024")).isFalse();
        assertThat(TitleRule.isHeadline("Mekong River Plastic Pollution Webinar: From Source to Sea"))
                .isFalse();
    }

    @Test
    void sentencesKeepHonorificsAndInitialsWhole() {
        assertThat(Sentences.of("Dr. Ravi Singh spoke first. Ms. A. Berg followed. Then questions."))
                .containsExactly("Dr. Ravi Singh spoke first.", "Ms. A. Berg followed.", "Then questions.");
    }

    @Test
    void numericDatesReadDayFirstAndTellWhenTheyAreAmbiguous() {
        DateMention short24 = DateMention.in("Harbour Forum 12/6/24").get(0);
        assertThat(short24.date()).isEqualTo(LocalDate.of(2024, 6, 12));
        assertThat(short24.ambiguous()).isTrue();
        assertThat(short24.otherReading()).isEqualTo(LocalDate.of(2024, 12, 6));
        assertThat(DateMention.in("on 25/12/2024").get(0).ambiguous()).isFalse();
    }

    @Test
    void theWeekdayWrittenBeforeADateIsRead() {
        String text = "the forum on Wed 12/6/24 in Rotterdam";
        assertThat(DateMention.in(text).get(0).weekdayBefore(text)).isEqualTo(DayOfWeek.WEDNESDAY);
        String full = "held on Tuesday, 3rd of June 2025";
        assertThat(DateMention.in(full).get(0).weekdayBefore(full)).isEqualTo(DayOfWeek.TUESDAY);
    }

    @Test
    void aDayWithoutAYearTakesTheYearGiven() {
        assertThat(DateMention.withoutYear("The forum opened on June 12 in Portville.", 2024))
                .singleElement()
                .satisfies(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2024, 6, 12)));
        assertThat(DateMention.withoutYear("It ran on Friday the 21st of November", 2025))
                .singleElement()
                .satisfies(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2025, 11, 21)));
    }

    @Test
    void markupKeepsTheTextOfReferenceLinksAndDropsFootnoteMarkers() {
        assertThat(Markup.strip("Our [seven-day landing forecast][forecast] now helps[^2] managers."))
                .isEqualTo("Our seven-day landing forecast now helps managers.");
    }

    @Test
    void roleAndOrganisationSplitTheFormsOfficersWrite() {
        assertThat(RoleAndOrganization.split("Lake Region Water Institute Senior Hydrologist"))
                .isEqualTo(new RoleAndOrganization.RoleOrg("Senior Hydrologist", "Lake Region Water Institute"));
        assertThat(RoleAndOrganization.split("Harbour Institute, Ministry of Transport"))
                .isEqualTo(new RoleAndOrganization.RoleOrg(null, "Harbour Institute, Ministry of Transport"));
        assertThat(RoleAndOrganization.split("Heat Action Lead (Malabar Coast City Alliance)"))
                .isEqualTo(new RoleAndOrganization.RoleOrg("Heat Action Lead", "Malabar Coast City Alliance"));
        assertThat(RoleAndOrganization.split("Izmir Bay Container Terminal, Environment Manager"))
                .isEqualTo(new RoleAndOrganization.RoleOrg("Environment Manager", "Izmir Bay Container Terminal"));
        assertThat(RoleAndOrganization.split("Senior Project Officer"))
                .isEqualTo(new RoleAndOrganization.RoleOrg("Senior Project Officer", null));
        assertThat(RoleAndOrganization.split("Disaster Risk Officer"))
                .isEqualTo(new RoleAndOrganization.RoleOrg("Disaster Risk Officer", null));
    }

    @Test
    void titlesOfOfficeAreNeitherHonorificNorName() {
        assertThat(HonorificRule.split("H.E. Dr. Losana Vunibola"))
                .isEqualTo(new HonorificRule.Split("Dr.", "Losana Vunibola"));
        assertThat(HonorificRule.split("Dato’ Noraini Salleh"))
                .isEqualTo(new HonorificRule.Split(null, "Noraini Salleh"));
        assertThat(HonorificRule.split("Prof. Dr. Anneliese Vogt"))
                .isEqualTo(new HonorificRule.Split("Prof.", "Anneliese Vogt"));
        assertThat(HonorificRule.split("Sheikh Dr. Hamad al-Qasimi"))
                .isEqualTo(new HonorificRule.Split("Dr.", "Hamad al-Qasimi"));
    }

    @Test
    void aFilingTagBeforeTheTitleIsNotPartOfIt() {
        assertThat(new TitleRule()
                        .read(Notes.context("活动 Event: 【会议纪要】澜湄低碳乡村建设经验交流会\n时间 Date: 2024年5月8日"))
                        .value())
                .isEqualTo("澜湄低碳乡村建设经验交流会");
        assertThat(new TitleRule()
                        .read(Notes.context("Title: [draft] Harbour Resilience Forum"))
                        .value())
                .isEqualTo("Harbour Resilience Forum");
    }
}
