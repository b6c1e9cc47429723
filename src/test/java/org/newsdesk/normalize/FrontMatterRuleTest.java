package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrontMatterRuleTest {

    @Test
    void readsTheFieldsAndLeavesTheBody() {
        FrontMatter fm = FrontMatterRule.read(
                "---\npublication: lmec\ntitle: \"Roundtable\"\norganizers:\n  - LMEC\n  - FECO\n---\n\nBody line\n");
        assertThat(fm.text("publication")).isEqualTo("lmec");
        assertThat(fm.text("title")).isEqualTo("Roundtable");
        assertThat(fm.list("organizers")).containsExactly("LMEC", "FECO");
        assertThat(fm.body()).isEqualTo("Body line\n");
        assertThat(fm.warnings()).isEmpty();
    }

    @Test
    void readsTomlPageMetadataAsTheWebsitesAndLeavesTheBody() {
        FrontMatter fm = FrontMatterRule.read("+++\ntitle = \"Open data: a recap\"\ndate = 2026-05-04T09:00:00+01:00\n"
                + "tags = [\"ocean\", \"data\"]\n[params]\nhero = \"x.png\"\n+++\n\nThe symposium took place.\n");
        assertThat(fm.page()).isTrue();
        assertThat(fm.text("title")).isEqualTo("Open data: a recap");
        assertThat(fm.text("date")).isEqualTo("2026-05-04T09:00:00+01:00");
        assertThat(fm.list("tags")).containsExactly("ocean", "data");
        assertThat(fm.fields()).doesNotContainKey("hero");
        assertThat(fm.body()).isEqualTo("The symposium took place.\n");
    }

    @Test
    void yamlWithKeysOnlyAWebsiteWritesIsPageMetadataAndAnOfficersIsNot() {
        assertThat(FrontMatterRule.read("---\ntitle: Recap\nlastmod: 2026-05-06\n---\nx")
                        .page())
                .isTrue();
        assertThat(FrontMatterRule.read("---\npublication: lmec\ntitle: Roundtable\n---\nx")
                        .page())
                .isFalse();
    }

    @Test
    void keepsDatesAsWrittenSoAnImpossibleDateIsNotRolledOver() {
        FrontMatter fm = FrontMatterRule.read("---\ndate: 2021-02-30\n---\ntext");
        assertThat(fm.text("date")).isEqualTo("2021-02-30");
    }

    @Test
    void turnsBrokenYamlIntoAWarningAndKeepsTheBody() {
        FrontMatter fm = FrontMatterRule.read("---\ntitle: [unclosed\n  date: : :\n---\nBody");
        assertThat(fm.fields()).isEmpty();
        assertThat(fm.body()).isEqualTo("Body");
        assertThat(fm.warnings()).singleElement().asString().contains("not valid YAML");
    }

    @Test
    void refusesAnAliasBombWithAWarning() {
        StringBuilder yaml = new StringBuilder("---\na: &a [x, x, x, x, x, x, x, x, x]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'k'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i > 0 ? ", " : "").append('*').append(prev);
            }
            yaml.append("]\n");
            prev = c;
        }
        yaml.append("---\nBody");
        FrontMatter fm = FrontMatterRule.read(yaml.toString());
        assertThat(fm.warnings()).isNotEmpty();
        assertThat(fm.body()).isEqualTo("Body");
    }

    @Test
    void leavesANoteWithoutFrontMatterAlone() {
        FrontMatter fm = FrontMatterRule.read("Event: Forum\n---\nnot front matter");
        assertThat(fm.fields()).isEmpty();
        assertThat(fm.body()).startsWith("Event: Forum");
    }

    @Test
    void aLineBreakWrittenAsAYamlEscapeCannotSplitATitle() {
        FrontMatter fm = FrontMatterRule.read(
                "---\ntitle: \"Forum\\r\\nBcc: someone@example.org\"\norganizers: [\"A\\nB\"]\n---\nBody");
        assertThat(fm.text("title")).isEqualTo("Forum Bcc: someone@example.org");
        assertThat(fm.list("organizers")).containsExactly("A B");
    }
}
