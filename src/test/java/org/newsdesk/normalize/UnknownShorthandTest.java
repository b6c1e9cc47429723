package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.normalize.Notes.note;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Warning;

class UnknownShorthandTest {

    @ParameterizedTest
    @ValueSource(strings = {"mgmt", "mtg", "dvlp", "tbc", "pls", "w/", "w/o", "b/c", "n/a", "c/o"})
    void aShortLowerCaseWordWithoutAVowelOrWithASlashLooksLikeShorthand(String word) {
        assertThat(UnknownShorthand.looksLikeShorthand(word)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "the",
                "by",
                "why",
                "rhythm",
                "gym",
                "try",
                "intl",
                "coop",
                "info",
                "etc",
                "esp",
                "and/or",
                "km/h",
                "km",
                "kwh",
                "ppm",
                "vs",
                "nth",
                "xiv",
                "xx",
                "LMEC",
                "CC",
                "NbS",
                "S-S",
                "1st",
                "2030",
                "co2",
                "http://a.example/w/",
                "tang.huaqing@fecomee.org.cn",
                "strengths",
                "Mgmt"
            })
    void wordsWithVowelsAcronymsNumbersUnitsAndLinksDoNot(String word) {
        assertThat(UnknownShorthand.looksLikeShorthand(word)).isFalse();
    }

    @Test
    void aTermOfTheGlossaryIsKnown() {
        String text = "Supply chain mgmt w/ partners, dates tbc.";
        assertThat(UnknownShorthand.unknown(text, Set.of())).containsExactly("mgmt", "w/", "tbc");
        assertThat(UnknownShorthand.unknown(text, Set.of("mgmt", "w/"))).containsExactly("tbc");
    }

    private static final String NOTE = """
            # Kelp Restoration Exchange

            Date: 2022-05-12

            ## Ms. Ingrid Solheim — Marine Biologist, Norwegian Kelp Institute

            Kelp forests recover within three years once urchins are culled; the next survey date is tbc.
            """;

    @Test
    void holdsAnItemWhoseStatementUsesUnknownShorthandAndSaysWhere() {
        NoteNormalizer normalizer = new NoteNormalizer(List.of(new KnownPublication("lmec", List.of("LMEC"))));
        Item item = normalizer.normalize(note(NOTE, "lmec", null));
        assertThat(item.needsReview()).isTrue();
        assertThat(item.warnings())
                .filteredOn(w -> w.code().equals("shorthand-unknown"))
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.field()).isEqualTo("speakers[0].statement");
                    assertThat(w.line()).isEqualTo(7);
                    assertThat(w.message()).startsWith("\"tbc\" in Ingrid Solheim's statement looks like shorthand");
                });
    }

    @Test
    void shorthandTheGlossaryKnowsHoldsNothing() {
        NoteNormalizer normalizer =
                new NoteNormalizer(List.of(new KnownPublication("lmec", List.of("LMEC"), List.of("tbc"))));
        Item item = normalizer.normalize(note(NOTE, "lmec", null));
        assertThat(item.warnings()).extracting(Warning::code).doesNotContain("shorthand-unknown");
    }
}
