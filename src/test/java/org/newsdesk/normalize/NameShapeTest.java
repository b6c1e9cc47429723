package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameShapeTest {

    @Test
    void acceptsNamesAsOfficersWriteThem() {
        assertThat(NameShape.looksLikeName("Chen Zhihua")).isTrue();
        assertThat(NameShape.looksLikeName("ZHANG YAN")).isTrue();
        assertThat(NameShape.looksLikeName("Dimitri DE BOER")).isTrue();
        assertThat(NameShape.looksLikeName("Mr. Smith")).isTrue();
        assertThat(NameShape.looksLikeName("王芳")).isTrue();
    }

    @Test
    void acceptsLowerCaseNamesOnlyWhereTheLayoutSaysSo() {
        assertThat(NameShape.looksLikeName("li nan")).isFalse();
        assertThat(NameShape.looksLikeName("li nan", true)).isTrue();
    }

    @Test
    void rejectsTitlesOrganizationsAndEventNames() {
        assertThat(NameShape.looksLikeName("Project Director")).isFalse();
        assertThat(NameShape.looksLikeName("Rocky Mountain Institute")).isFalse();
        assertThat(NameShape.looksLikeName("Clean Air Policy Exchange")).isFalse();
        assertThat(NameShape.looksLikeName("Opening Remarks")).isFalse();
        assertThat(NameShape.looksLikeName("Smith")).isFalse();
    }
}
