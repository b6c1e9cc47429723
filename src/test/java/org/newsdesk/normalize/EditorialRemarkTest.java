package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditorialRemarkTest {

    @Test
    void endsAStatementAtAnAside() {
        assertThat(EditorialRemark.endsStatement("[end pt 2 -- pt 3 in next file]"))
                .isTrue();
        assertThat(EditorialRemark.endsStatement("(Qian Zhaohui / Comments & Discussions -> see email notes)"))
                .isTrue();
        assertThat(EditorialRemark.endsStatement("notes: Comms office / do not forward"))
                .isTrue();
        assertThat(EditorialRemark.endsStatement("Ms. Li Xia → see other file")).isTrue();
        assertThat(EditorialRemark.endsStatement("== 总结 Conclusion ==")).isTrue();
    }

    @Test
    void endsAStatementAtASignOff() {
        assertThat(EditorialRemark.endsStatement("thx,")).isTrue();
        assertThat(EditorialRemark.endsStatement("Best regards,")).isTrue();
        assertThat(EditorialRemark.endsStatement("谢谢！")).isTrue();
    }

    @Test
    void keepsOrdinaryStatementLines() {
        assertThat(EditorialRemark.endsStatement("Suggestions: (1) Platform focus on personnel exchange."))
                .isFalse();
        assertThat(EditorialRemark.endsStatement("Thanks to the Platform, partners now share data."))
                .isFalse();
    }
}
