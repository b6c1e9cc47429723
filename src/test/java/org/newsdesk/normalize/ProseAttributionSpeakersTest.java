package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.normalize.Notes.lines;

import org.junit.jupiter.api.Test;

class ProseAttributionSpeakersTest {

    private final ProseAttributionSpeakers rule = new ProseAttributionSpeakers();

    @Test
    void removesTheAttributionFromTheStatement() {
        SpeakerMatch m = rule.match(
                        lines(
                                "Ms. Miao Hong, Sustainable Investment Program Director, WRI China, noted that fully sharing "
                                        + "China's experience is of great significance."),
                        0)
                .orElseThrow();
        assertThat(m.people())
                .containsExactly(
                        new Person("Miao Hong", "Ms.", "Sustainable Investment Program Director", "WRI China"));
        assertThat(m.inlineStatement()).startsWith("fully sharing China's experience");
    }

    @Test
    void aReportingVerbRightAfterThePersonKeepsTheFirstSentenceAsTheirWords() {
        SpeakerMatch m = rule.match(
                        lines(
                                "Ms. Akanesi Fifita, General Manager of Island Power Cooperative, shared her lessons from five"
                                        + " years of running mini-grids. She recalled that the first grid failed."),
                        0)
                .orElseThrow();
        assertThat(m.inlineStatement()).startsWith("five years of running mini-grids.");
    }

    @Test
    void anActionBeforeThePronounIsPassedOver() {
        SpeakerMatch m = rule.match(
                        lines("Ms. Anna Berg, Director of the Reef Council, opened the session by video. She said that"
                                + " reefs take the first blow."),
                        0)
                .orElseThrow();
        assertThat(m.people().get(0).organization()).isEqualTo("Reef Council");
        assertThat(m.inlineStatement()).startsWith("reefs take the first blow.");
    }

    @Test
    void readsAccordingToWithWhoHeadsAsTheOrganisation() {
        SpeakerMatch m = rule.match(
                        lines(
                                "According to Mr. Juma Mwangi, who heads the Lamu County Fisheries Office, illegal cutting"
                                        + " fell by half once villages were paid to patrol."),
                        0)
                .orElseThrow();
        assertThat(m.people()).containsExactly(new Person("Juma Mwangi", "Mr.", null, "Lamu County Fisheries Office"));
        assertThat(m.inlineStatement()).startsWith("illegal cutting fell by half");
        assertThat(rule.match(lines("According to the report, illegal cutting fell by half in two years."), 0))
                .isEmpty();
    }

    @Test
    void speakingOnBehalfOfABodyGivesTheOrganisation() {
        SpeakerMatch m = rule.match(
                        lines(
                                "Speaking on behalf of the Ministry of Blue Economy, Ms. Grace Wanjiku said the government"
                                        + " will publish carbon rules by June."),
                        0)
                .orElseThrow();
        assertThat(m.people().get(0).organization()).isEqualTo("Ministry of Blue Economy");
    }

    @Test
    void aQuoteBeforeSaidEndsItsSentenceAndLosesItsQuotationMarks() {
        SpeakerMatch m = rule.match(
                        lines("\"Mangroves store four times more carbon than upland forests,\" said Dr. Amina Hassan,"
                                + " Senior Scientist at the Kenya Marine Institute. \"Yet communities earn almost nothing.\""
                                + " She added that a pilot now pays 40 families."),
                        0)
                .orElseThrow();
        assertThat(m.inlineStatement())
                .isEqualTo("Mangroves store four times more carbon than upland forests. Yet communities earn almost"
                        + " nothing. She added that a pilot now pays 40 families.");
    }

    @Test
    void readsALowerCaseHonorificAndOtherVerbs() {
        SpeakerMatch m = rule.match(
                        lines(
                                "mr. Lei Xiaomeng, Senior Expert, China Electricity Council, introduced that the mechanism is mature."),
                        0)
                .orElseThrow();
        assertThat(m.people().get(0).honorific()).isEqualTo("Mr.");
        assertThat(m.inlineStatement()).isEqualTo("the mechanism is mature.");
    }

    @Test
    void readsATrailingSaidMr() {
        SpeakerMatch m = rule.match(
                        lines(
                                "“Regional data platforms must be open to every country,” said Mr. Sok Dara, Deputy Director, "
                                        + "Ministry of Environment, Cambodia."),
                        0)
                .orElseThrow();
        assertThat(m.people())
                .containsExactly(new Person("Sok Dara", "Mr.", "Deputy Director", "Ministry of Environment, Cambodia"));
        assertThat(m.inlineStatement()).isEqualTo("Regional data platforms must be open to every country");
    }

    @Test
    void doesNotTakeASentenceAboutAnOrganizationForASpeaker() {
        assertThat(rule.match(lines("The Lao side hopes that cooperation continues."), 0))
                .isEmpty();
        assertThat(rule.match(lines("He added that LM countries should share experience."), 0))
                .isEmpty();
    }

    @Test
    void readsWhereTheSpeakerComesFromAfterFrom() {
        SpeakerMatch m = rule.match(
                        lines(
                                "Mr. Wang Tao from the Yunnan Institute of Water Resources said that reservoirs release more water."),
                        0)
                .orElseThrow();
        assertThat(m.people())
                .containsExactly(new Person("Wang Tao", "Mr.", null, "Yunnan Institute of Water Resources"));
    }

    @Test
    void keepsTheReportingVerbTheNoteUsed() {
        assertThat(verbOf("Mr. HU Kehua, Director, China Textile Information Center, pointed out that China's textile"
                        + " industry is exploring ways to reduce its externalities."))
                .isEqualTo("pointed out");
        assertThat(verbOf("Ms. Sumon Sumetchoengprachya, Director, Carbon Business Office, said that provinces in"
                        + " Thailand have developed plans."))
                .isEqualTo("said");
        assertThat(verbOf("mr. Lei Xiaomeng, Senior Expert, China Electricity Council, introduced that the power"
                        + " cooperation mechanism is already mature."))
                .isEqualTo("introduced");
        assertThat(verbOf("Ms. Anna Berg, Director of the Reef Council, opened the session by video. She also said"
                        + " that reefs take the first blow."))
                .isEqualTo("said");
        assertThat(verbOf("Dr. Ravi Singh, Chief Engineer, Delta Port Authority, stressed: the port must adapt now."))
                .isEqualTo("stressed");
    }

    @Test
    void keepsNoVerbThatCannotIntroduceAThatClause() {
        // "presented that …" and "described how that …" would be wrong: the issue falls back to the profile's verb
        assertThat(verbOf("Mr. Batbayar Dorj, Head of Forecasting, National Agency for Meteorology, presented the new"
                        + " drought bulletin for herders."))
                .isNull();
        assertThat(verbOf(
                        "Ms. Akanesi Fifita, General Manager of Island Power Cooperative, shared her lessons from five"
                                + " years of running mini-grids. She recalled that the first grid failed."))
                .isNull();
        assertThat(ProseAttributionSpeakers.reportingVerb(", described how ")).isNull();
    }

    private String verbOf(String paragraph) {
        return rule.match(lines(paragraph), 0).orElseThrow().reportingVerb();
    }
}
