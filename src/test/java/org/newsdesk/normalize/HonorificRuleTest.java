package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HonorificRuleTest {

    @Test
    void writesTheHonorificInHouseSpelling() {
        assertThat(HonorificRule.split("mr. Lei Xiaomeng")).isEqualTo(new HonorificRule.Split("Mr.", "Lei Xiaomeng"));
        assertThat(HonorificRule.split("MS Li Xia")).isEqualTo(new HonorificRule.Split("Ms.", "Li Xia"));
        assertThat(HonorificRule.split("Professor Chen Ying").honorific()).isEqualTo("Prof.");
        assertThat(HonorificRule.split("Dr. Anna Berg").honorific()).isEqualTo("Dr.");
    }

    @Test
    void readsChineseHonorificsAfterTheName() {
        assertThat(HonorificRule.split("王芳女士")).isEqualTo(new HonorificRule.Split("Ms.", "王芳"));
    }

    @Test
    void neverInventsAnHonorific() {
        assertThat(HonorificRule.split("Drew Miller")).isEqualTo(new HonorificRule.Split(null, "Drew Miller"));
        assertThat(HonorificRule.split("Chen Zhihua").honorific()).isNull();
    }

    @Test
    void aCouncillorsTitleIsNeitherAnHonorificNorPartOfTheName() {
        assertThat(HonorificRule.split("Cllr Maya Fenwick")).isEqualTo(new HonorificRule.Split(null, "Maya Fenwick"));
        assertThat(HonorificRule.split("Councillor Dr. Maya Fenwick"))
                .isEqualTo(new HonorificRule.Split("Dr.", "Maya Fenwick"));
    }
}
