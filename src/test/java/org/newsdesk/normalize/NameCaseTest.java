package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameCaseTest {

    @Test
    void printsCapitalisedSurnamesInNameCaseInTheNotesOrder() {
        assertThat(NameCase.normalise("WANG Qian")).isEqualTo("Wang Qian");
        assertThat(NameCase.normalise("ZHANG YAN")).isEqualTo("Zhang Yan");
        assertThat(NameCase.normalise("Qian WANG")).isEqualTo("Qian Wang");
    }

    @Test
    void capitalisesAllLowerCaseNames() {
        assertThat(NameCase.normalise("liu zhe")).isEqualTo("Liu Zhe");
    }

    @Test
    void keepsParticlesLowerAndMixedCaseAsWritten() {
        assertThat(NameCase.normalise("Dimitri DE BOER")).isEqualTo("Dimitri de Boer");
        assertThat(NameCase.normalise("Ewan McGregor")).isEqualTo("Ewan McGregor");
        assertThat(NameCase.normalise("JEAN-PIERRE O'NEILL")).isEqualTo("Jean-Pierre O'Neill");
    }

    @Test
    void keepsVietnameseMiddleNamesCapitalised() {
        assertThat(NameCase.normalise("NGUYEN VAN HUNG")).isEqualTo("Nguyen Van Hung");
        assertThat(NameCase.normalise("Pham Van Duc")).isEqualTo("Pham Van Duc");
        assertThat(NameCase.normalise("Siti AMINAH binti Yusof")).isEqualTo("Siti Aminah binti Yusof");
    }
}
