package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Speaker;

class LanguageRuleTest {

    private static List<Speaker> saying(String statement) {
        return List.of(new Speaker("Li Xia", null, null, null, statement));
    }

    @Test
    void acceptsEnglishStatements() {
        assertThat(LanguageRule.warning(
                        saying("LMEC will remain committed to promoting regional dialogue and to sharing experience.")))
                .isNull();
    }

    @Test
    void holdsChineseStatementsForReview() {
        assertThat(LanguageRule.warning(saying("澜湄中心将继续致力于推动区域对话，分享各国经验。")))
                .contains("Chinese")
                .contains("unsupported language");
    }

    @Test
    void holdsLatinScriptStatementsInAnotherLanguage() {
        assertThat(
                        LanguageRule.warning(
                                saying(
                                        "La plateforme régionale doit devenir un lieu d'échange ouvert pour tous les pays "
                                                + "membres, avec des données partagées, des projets communs et une coopération durable entre les villes.")))
                .contains("unsupported language");
    }
}
