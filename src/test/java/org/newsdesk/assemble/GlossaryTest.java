package org.newsdesk.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Publication.GlossaryEntry;

class GlossaryTest {

    private static final GlossaryEntry INTL = new GlossaryEntry("intl", "international");
    private static final GlossaryEntry SOUTH_SOUTH = new GlossaryEntry("S-S", "South-South");
    private static final GlossaryEntry ARROW = new GlossaryEntry("->", "to");
    private static final GlossaryEntry AMPERSAND = new GlossaryEntry(" & ", " and ");
    private static final GlossaryEntry PLUS = new GlossaryEntry(" + ", " and ");
    private static final GlossaryEntry WITH = new GlossaryEntry("w/", "with");
    private static final GlossaryEntry MGMT = new GlossaryEntry("mgmt", "management");

    private final Glossary glossary = new Glossary(List.of(INTL, SOUTH_SOUTH, ARROW, AMPERSAND, PLUS, WITH, MGMT));

    private String apply(String text) {
        return glossary.apply(text).text();
    }

    @Test
    void expandsTheShorthandOfTheNotes() {
        assertThat(apply("Reps of intl orgs discussed S-S cooperation w/ partners -> a joint plan."))
                .isEqualTo(
                        "Reps of international orgs discussed South-South cooperation with partners to a joint plan.");
        assertThat(apply("bilateral & multilateral cooperation, enter + report data, supply chain mgmt."))
                .isEqualTo("bilateral and multilateral cooperation, enter and report data, supply chain management.");
    }

    @Test
    void countsEachTermItApplied() {
        assertThat(glossary.apply("intl teams and intl funds, S-S links").applied())
                .isEqualTo(Map.of(INTL, 2, SOUTH_SOUTH, 1));
        assertThat(glossary.apply("Nothing to change here.").applied()).isEmpty();
    }

    @Test
    void keepsTheCaseOfASentenceStartAndLeavesCapitalsAlone() {
        assertThat(apply("Intl orgs attended. The panel met."))
                .isEqualTo("International orgs attended. The panel met.");
        assertThat(apply("Partners: Intl funds joined.")).isEqualTo("Partners: International funds joined.");
        // in capitals or capitalised inside a sentence it is someone's name
        assertThat(apply("Funds from INTL FCStone and the Intl Rivers network."))
                .isEqualTo("Funds from INTL FCStone and the Intl Rivers network.");
        // a term with capitals matches only as written
        assertThat(apply("s-s and S-S")).isEqualTo("s-s and South-South");
    }

    @Test
    void matchesWholeWordsOnly() {
        assertThat(apply("intlx pre-intl intl-level")).isEqualTo("intlx pre-intl intl-level");
        assertThat(apply("w/o a plan, a-->b, x->y, S-S-S")).isEqualTo("w/o a plan, a-->b, x->y, S-S-S");
        assertThat(apply("AT&T and 2+2")).isEqualTo("AT&T and 2+2");
    }

    @Test
    void neverChangesANameAUrlOrAnAddress() {
        assertThat(apply("Johnson & Johnson and Energy + Water Ltd joined"))
                .isEqualTo("Johnson & Johnson and Energy + Water Ltd joined");
        assertThat(apply("See http://example.org/intl/w/ -> or write to intl@lmec.example."))
                .isEqualTo("See http://example.org/intl/w/ to or write to intl@lmec.example.");
        assertThat(apply("www.intl-mgmt.example has it")).isEqualTo("www.intl-mgmt.example has it");
    }

    @Test
    void anEmptyGlossaryChangesNothing() {
        Glossary none = new Glossary(List.of());
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.apply("intl w/ S-S").text()).isEqualTo("intl w/ S-S");
        assertThat(none.apply(null).text()).isNull();
    }
}
