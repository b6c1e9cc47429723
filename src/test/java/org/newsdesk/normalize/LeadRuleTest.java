package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.normalize.Notes.header;

import org.junit.jupiter.api.Test;

class LeadRuleTest {

    @Test
    void takesTheSummaryParagraphWithoutTheNewsroomsOwnSentences() {
        String text =
                "Roundtable Dialogue Session 1\n\nHeld April 8, 2021, both online and offline; one of the series of activities "
                        + "celebrating the 5th anniversary of LMC. For Issue 6, 2021 (out April 9, 2021).\n\nSummary of expert opinions:";
        assertThat(LeadRule.lead(header(text), "Roundtable Dialogue Session 1"))
                .isEqualTo(
                        "Held April 8, 2021, both online and offline; one of the series of activities celebrating the 5th anniversary of LMC.");
    }

    @Test
    void isNullWhenTheHeaderHasOnlyLabelledLines() {
        assertThat(LeadRule.lead(
                        header("Event: Forum\nDate: 15 Sep 2021\nFormat: hybrid\n\nPartner opinions, part 4 of 5."),
                        "Forum"))
                .isNull();
    }

    @Test
    void aSitesMenuIsNotTheLead() {
        String text =
                "Western Field Forum\n\n- News\n- Products\n- Contact\n- Sign in\n- Send a release\n- About us today\n\n"
                        + "Growers, researchers and state officials compared three seasons of field data at the forum.";
        assertThat(LeadRule.lead(header(text), "Western Field Forum"))
                .isEqualTo(
                        "Growers, researchers and state officials compared three seasons of field data at the forum.");
    }
}
