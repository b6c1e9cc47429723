package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.normalize.Notes.header;

import org.junit.jupiter.api.Test;

class PublicationRuleTest {

    private final PublicationRule rule = new PublicationRule(KnownPublication.defaults());

    @Test
    void takesTheFrontMatterFirst() {
        FrontMatter fm = FrontMatterRule.read("---\npublication: china-asean\n---\nLMEC");
        assertThat(rule.choose(fm, "lmec", null, null, header("LMEC")))
                .isEqualTo(new PublicationRule.Choice("china-asean", null));
    }

    @Test
    void takesTheFolderThenTheSubjectTag() {
        assertThat(rule.choose(FrontMatter.none(""), "lmec", null, null, header("x"))
                        .id())
                .isEqualTo("lmec");
        assertThat(rule.choose(FrontMatter.none(""), null, "[china-asean] notes", null, header("x"))
                        .id())
                .isEqualTo("china-asean");
    }

    @Test
    void guessesFromContentWithAWarning() {
        PublicationRule.Choice c =
                rule.choose(FrontMatter.none(""), null, null, "Lancang-Mekong Roundtable", header("LMEC newsletter"));
        assertThat(c.id()).isEqualTo("lmec");
        assertThat(c.warning()).contains("guessed from content");
    }

    @Test
    void leavesAnUnknownPublicationEmptyWithAReason() {
        PublicationRule.Choice c = rule.choose(FrontMatter.none(""), null, null, "Tree planting day", header("x"));
        assertThat(c.id()).isNull();
        assertThat(c.warning()).startsWith("No publication");
    }
}
