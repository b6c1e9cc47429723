package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A statement that is not something said (a time, a footer, a few words) holds the item. */
class StatementIsSpeechTest {

    @Test
    void aTimeOrAFewWordsIsNotSpeech() {
        assertThat(StatementIsSpeech.notSpeech("09:45")).isNotNull();
        assertThat(StatementIsSpeech.notSpeech("the speakers.")).isNotNull();
        assertThat(StatementIsSpeech.notSpeech(null)).isNotNull();
    }

    @Test
    void aPagesFooterIsNotSpeech() {
        assertThat(StatementIsSpeech.notSpeech("Page last updated 6 October 2025 · Questions: events@bdea.example"))
                .contains("footer");
    }

    @Test
    void aListOfNamesWithoutRunningTextIsNotSpeech() {
        assertThat(StatementIsSpeech.notSpeech(
                        "Baltic District Energy Association, Nordic Heat Transition Centre, Tallinn"))
                .isEqualTo("has no running text");
    }

    @Test
    void aStatementThatOpensAQuotationAndStopsIsCutAtAnAttribution() {
        assertThat(StatementIsSpeech.notSpeech(
                        "The board then voted on the levy. After the vote, “the port will pay its share"))
                .isEqualTo("opens a quotation it does not close");
        assertThat(StatementIsSpeech.notSpeech(
                        "She called the plan “a start” and said more money must follow this year."))
                .isNull();
    }

    @Test
    void wordsSaidAreSpeech() {
        assertThat(StatementIsSpeech.notSpeech(
                        "Large heat pumps now supply more than a third of district heat in three Nordic capitals."))
                .isNull();
        assertThat(StatementIsSpeech.notSpeech("城市更新要把雨水当作资源，而不是负担。")).isNull();
    }
}
