package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.normalize.Notes.note;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Warning;

/** Each self-check: the sign of a wrong value it looks for, and a right item it leaves alone. */
class SelfChecksTest {

    private final NoteNormalizer normalizer = new NoteNormalizer();

    private static final String CLEAN = """
            Event: Harbour Resilience Forum
            Date: 14 May 2024
            Format: in person, Portville
            Organizers: Portville Harbour Board

            Ms. Anna Berg — Director, Blue Coast Foundation
            Reefs take the first blow of every storm. The Foundation restores two reefs a year and wants the board to fund a third.

            Dr. Ravi Singh — Chief Engineer, Delta Port Authority
            The port raised its quay by half a metre last year. The next step is a tidal gate at the river mouth.
            """;

    private Item read(String text) {
        return normalizer.normalize(note(text, "lmec", null));
    }

    private static List<String> codes(Item item) {
        return item.warnings().stream().map(Warning::code).toList();
    }

    @Test
    void aWellWrittenNoteGoesOutWithoutWarnings() {
        Item item = read(CLEAN);
        assertThat(item.warnings()).isEmpty();
        assertThat(item.speakers()).extracting(s -> s.name()).containsExactly("Anna Berg", "Ravi Singh");
    }

    @Test
    void statementHoldingAnotherSpeakersReportedWordsIsHeld() {
        Item item = read(
                CLEAN.replace(
                        "wants the board to fund a third.",
                        "wants the board to fund a third. Mr. Tom Reed, Deputy Mayor of Portville, said that the city will pay for it."));
        assertThat(item.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("statement-holds-other-speaker");
            assertThat(w.field()).isEqualTo("speakers[0].statement");
            assertThat(w.line()).isEqualTo(7);
        });
        assertThat(codes(item)).contains("speaker-missed");
    }

    @Test
    void aNameLineOfItsOwnStartsASpeakerEvenWithoutASeparator() {
        Item item = read(CLEAN.replace(
                "Dr. Ravi Singh — Chief Engineer, Delta Port Authority\n", "Marta KOWALCZYK Reef Watch\n\n"));
        assertThat(item.speakers())
                .extracting(s -> s.name() + " | " + s.organization())
                .containsExactly("Anna Berg | Blue Coast Foundation", "Marta Kowalczyk | Reef Watch");
    }

    @Test
    void statementRunningIntoALineThatNamesAnotherPersonIsHeld() {
        Item item = read(CLEAN.replace("Dr. Ravi Singh — Chief Engineer, Delta Port Authority\n", "")
                .replace(
                        "wants the board to fund a third.\n",
                        "wants the board to fund a third\nof them.\nMarta KOWALCZYK Reef Watch\n"));
        assertThat(item.speakers()).hasSize(1);
        assertThat(item.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("speaker-missed");
            assertThat(w.field()).isEqualTo("speakers");
            assertThat(w.message()).contains("Marta Kowalczyk");
        });
    }

    @Test
    void aPronounContinuingTheSameSpeakerIsNotAnotherSpeaker() {
        Item item = read(CLEAN.replace(
                "wants the board to fund a third.", "wants the board to fund a third. She said that volunteers help."));
        assertThat(codes(item)).doesNotContain("statement-holds-other-speaker");
    }

    @Test
    void speakerReportedBeforeTheFirstSpeakerIsHeldAsMissed() {
        String text = CLEAN.replace(
                "Organizers: Portville Harbour Board\n",
                "Organizers: Portville Harbour Board\n\nRepairs to the harbour wall will cost twice as much by 2030, according to Mr. Tom Reed.\n");
        Item item = read(text);
        assertThat(item.speakers()).extracting(s -> s.name()).containsExactly("Anna Berg", "Ravi Singh");
        assertThat(item.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("speaker-missed");
            assertThat(w.field()).isEqualTo("speakers");
            assertThat(w.message()).contains("Tom Reed");
        });
    }

    @Test
    void aSpeakerNameThatIsALabelDoesNotPassAsAPerson() {
        assertThat(SpeakerIsAPerson.isPersonsName("Role: Organisation")).isFalse();
        assertThat(SpeakerIsAPerson.isPersonsName("职务 Role: 单位 Organisation")).isFalse();
        assertThat(SpeakerIsAPerson.isPersonsName("Anna Berg")).isTrue();
        assertThat(SpeakerIsAPerson.isPersonsName("Sukarmi")).isTrue();
    }

    @Test
    void aSecondReferenceJoinsTheSpeakerAlreadyNamed() {
        Item item = read("""
                Event: Mekong Drought Dialogue
                Date: 12 May 2025

                "Forecasts must reach farmers a season ahead," said Dr. Niran Chaiyaporn, Director-General, Water Resources Department.

                Dr. Niran added: "We will publish the outlook every month from June."
                """);
        assertThat(item.speakers()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Niran Chaiyaporn");
            assertThat(s.statement()).contains("a season ahead").contains("every month from June");
        });
        assertThat(codes(item)).doesNotContain("speaker-repeated");
    }

    @Test
    void aSecondReferenceThatCouldBeEitherOfTwoSpeakersIsHeld() {
        Item item = read("""
                Event: Mekong Drought Dialogue
                Date: 12 May 2025

                "Forecasts must reach farmers a season ahead," said Dr. Niran Chaiyaporn, Director-General, Water Resources Department.

                "Dams must release water on a published schedule," said Mr. Niran Somboon, Chief Engineer, Basin Authority.

                Dr. Niran added: "We will publish the outlook every month from June."
                """);
        assertThat(item.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("speaker-repeated");
            assertThat(w.field()).isEqualTo("speakers");
            assertThat(w.message()).contains("(speaker 3)");
        });
    }

    @Test
    void anOrganisationThatSwallowedAClauseIsHeld() {
        assertThat(DetailsSwallowedAClause.swallowedAClause("opened the session by video. She", 16))
                .isTrue();
        assertThat(DetailsSwallowedAClause.swallowedAClause("to applause", 16)).isTrue();
        assertThat(DetailsSwallowedAClause.swallowedAClause("joining online from Bolzano", 16))
                .isTrue();
        assertThat(DetailsSwallowedAClause.swallowedAClause("Reef Council (RC)", 16))
                .isFalse();
        assertThat(DetailsSwallowedAClause.swallowedAClause("Ministry of Ecology and Environment", 16))
                .isFalse();
    }

    @Test
    void aTitleOfTwoWordsIsHeld() {
        Item item = read(CLEAN.replace("Event: Harbour Resilience Forum", "Event: Panel summary"));
        assertThat(item.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("title-too-short");
            assertThat(w.field()).isEqualTo("title");
        });
    }

    @Test
    void anotherSpeakersAttributionWrappedOverTwoLinesIsHeld() {
        Item item = read(
                CLEAN.replace(
                        "The next step is a tidal gate at the river mouth.",
                        "The next step is a tidal gate at the river mouth.\nIn the closing session, Prof. Lena Schafer, Head of"
                                + " Agroecology, Rhine Valley Farming\nSchool, said that flower strips work best with local seed."));
        assertThat(item.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("statement-holds-other-speaker");
            assertThat(w.field()).isEqualTo("speakers[1].statement");
        });
    }

    @Test
    void anInPersonFormatWhileTheNoteSaysItWasStreamedIsHeld() {
        Item item = read(CLEAN.replace(
                "Organizers: Portville Harbour Board\n",
                "Organizers: Portville Harbour Board\nAbout 300 more people followed the live stream.\n"));
        assertThat(item.format()).isEqualTo("offline");
        assertThat(item.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("format-disagrees");
            assertThat(w.field()).isEqualTo("format");
        });
        assertThat(codes(read(CLEAN))).doesNotContain("format-disagrees");
    }

    @Test
    void aTitleCutAfterAJoiningWordIsHeld() {
        Item item = read(CLEAN.replace("Event: Harbour Resilience Forum", "Event: Forum on Ports and"));
        assertThat(item.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("title-cut");
            assertThat(w.field()).isEqualTo("title");
        });
        assertThat(read(CLEAN).warnings()).noneMatch(w -> w.code().equals("title-cut"));
    }

    @Test
    void organisersNamedInTheTextButNotReadAreHeld() {
        Item item = read(CLEAN.replace(
                "Organizers: Portville Harbour Board\n", "The forum was organised by people from the harbour.\n"));
        assertThat(item.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("organizers-unread");
            assertThat(w.field()).isEqualTo("organizers");
        });
    }

    @Test
    void aHeaderDateContradictedByAnotherDateAboutTheEventIsHeld() {
        Item item = read(
                CLEAN.replace(
                        "Event: Harbour Resilience Forum\nDate: 14 May 2024\n",
                        "Harbour Resilience Forum 14 May 2024\n\nA workshop for harbour staff followed at the port on 15 May 2024.\n"));
        assertThat(item.date()).hasToString("2024-05-14");
        assertThat(item.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("date-uncertain");
            assertThat(w.field()).isEqualTo("date");
        });
    }

    @Test
    void aHeaderDateContradictedByADayWrittenWithoutAYearIsHeld() {
        Item item = read(
                CLEAN.replace(
                        "Event: Harbour Resilience Forum\nDate: 14 May 2024\n",
                        "Harbour Resilience Forum 14 May 2024\n\nA workshop for harbour staff followed at the port on Wednesday, May 15.\n"));
        assertThat(item.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("date-uncertain");
            assertThat(w.message()).contains("May 15");
        });
    }

    @Test
    void aFormatTheTextGivesButNoRuleReadIsHeld() {
        Item item = read(CLEAN.replace("Format: in person, Portville\n", "")
                .replace(
                        "The next step is a tidal gate",
                        "Colleagues joined online from Suva. The next step is a tidal gate"));
        assertThat(codes(item)).contains("format-unread");
    }

    @Test
    void aHeldItemAlsoNamesTheValuesReadOnWeakEvidence() {
        Item item = read("""
                Harbour Resilience Forum 2024, 14 May 2024

                Ms. Anna Berg — Director, Blue Coast Foundation
                Reefs take the first blow of every storm. Mr. Tom Reed, Deputy Mayor, said that the city will pay.
                """);
        assertThat(codes(item)).contains("statement-holds-other-speaker", "title-unconfirmed", "date-unconfirmed");
    }

    @Test
    void anItemNotHeldGetsNoWeakEvidenceNotes() {
        Item item = read(CLEAN.replace("Event: Harbour Resilience Forum\n", "Harbour Resilience Forum 2024\n"));
        assertThat(codes(item)).doesNotContain("title-unconfirmed");
    }

    @Test
    void aSpeakerWithNeitherRoleNorOrganisationIsHeld() {
        Item item = read(CLEAN.replace("Dr. Ravi Singh — Chief Engineer, Delta Port Authority", "Dr. Ravi Singh"));
        assertThat(item.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("speaker-details-missing");
            assertThat(w.field()).isEqualTo("speakers[1].organization");
        });
        assertThat(codes(read(CLEAN))).doesNotContain("speaker-details-missing");
    }
}
