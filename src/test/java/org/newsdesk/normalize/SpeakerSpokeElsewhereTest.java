package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.normalize.Notes.note;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Warning;

class SpeakerSpokeElsewhereTest {

    private static final String ARTICLE = """
            Harbour Heat and Health Forum

            Doctors and council officials met at the Harbour Heat and Health Forum on Monday 11 January 2027, organised by Portmarrow City Council.

            Dr Siobhán Ní Bhriain, deputy medical director of the Harbour Health Trust, told the forum that heat-related admissions from care homes had doubled since 2022.

            %s
            """;

    private static List<Warning> elsewhere(String paragraph) {
        Item item = new NoteNormalizer().normalize(note(ARTICLE.formatted(paragraph), "lmec", null));
        return item.warnings().stream()
                .filter(w -> w.code().equals("speaker-spoke-elsewhere"))
                .toList();
    }

    @Test
    void wordsFromAStatementIssuedAfterTheEventHoldTheItemNamingTheSpeaker() {
        assertThat(elsewhere("In a statement issued after the forum, the Minister of State for Older People,"
                        + " Pádraig Mac Cárthaigh, said that the Government would examine a grant scheme."))
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.field()).startsWith("speakers[").endsWith("].name");
                    assertThat(w.message()).contains("Pádraig Mac Cárthaigh");
                });
    }

    @Test
    void wordsGivenAfterTheEventHoldTheItemToo() {
        assertThat(elsewhere("Speaking after the forum, Margaret Lyons, manager of Seaview Nursing Home, said that she"
                        + " had bought six portable air conditioners last summer."))
                .hasSize(1);
    }

    @Test
    void wordsSaidAtTheEventPass() {
        assertThat(elsewhere("Margaret Lyons, manager of Seaview Nursing Home, said that she had bought six portable"
                        + " air conditioners last summer."))
                .isEmpty();
    }

    @Test
    void theSentenceThatNamesTheSpeakerIsTheOneLookedAt() {
        assertThat(SpeakerSpokeElsewhere.sentenceNaming(
                        "The forum closed at noon. Later, Ana Ruiz told reporters that funds were short.", "Ana Ruiz"))
                .isEqualTo("Later, Ana Ruiz told reporters that funds were short.");
    }
}
