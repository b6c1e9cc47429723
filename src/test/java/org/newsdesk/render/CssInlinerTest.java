package org.newsdesk.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class CssInlinerTest {

    private final CssInliner inliner = new CssInliner();

    private Document inline(String css, String body) {
        return Jsoup.parse(inliner.inline(
                "<!DOCTYPE html><html><head><style>" + css + "</style></head><body>" + body + "</body></html>"));
    }

    @Test
    void theMoreSpecificRuleWinsWhateverItsPlaceAndALaterRuleWinsAnEqualOne() {
        Document d = inline(
                ".box p { color: red; } p { color: blue; margin: 0; } p { margin: 4px; } #one { color: green; }",
                "<div class=\"box\"><p id=\"one\">a</p><p>b</p></div><p>c</p>");
        assertThat(d.select("p").eachAttr("style"))
                // written in cascade order: each property where its winning declaration comes
                .containsExactly("margin: 4px; color: green", "margin: 4px; color: red", "color: blue; margin: 4px");
    }

    @Test
    void theElementsOwnStyleBeatsEveryRuleButAnImportantOne() {
        Document d = inline(
                "p { color: red; font-size: 12px !important; }", "<p style=\"color: black; font-size: 20px\">a</p>");
        assertThat(d.selectFirst("p").attr("style")).isEqualTo("color: black; font-size: 12px !important");
    }

    @Test
    void aShorthandAfterALonghandStillOverridesIt() {
        Document d = inline(".a { margin-top: 8px; } .a.b { margin: 0; }", "<p class=\"a b\">a</p>");
        assertThat(d.selectFirst("p").attr("style")).isEqualTo("margin-top: 8px; margin: 0");
    }

    @Test
    void mediaQueriesAndStatesStayInOneStyleElementAndNothingElseDoes() {
        Document d = inline(
                "a { color: blue; } a:hover { color: red; } @media (max-width: 480px) { a { color: green !important; } }",
                "<a href=\"#\">x</a>");
        assertThat(d.selectFirst("a").attr("style")).isEqualTo("color: blue");
        assertThat(d.select("style")).hasSize(1);
        assertThat(d.selectFirst("style").data())
                .contains("a:hover", "@media (max-width:480px)")
                .doesNotContain("a{color:blue}");
    }

    @Test
    void withNothingLeftToKeepThereIsNoStyleElement() {
        assertThat(inline("p { color: red; }", "<p>a</p>").select("style")).isEmpty();
    }

    @Test
    void aStyleSheetThatCannotBeReadIsRefusedRatherThanHalfInlined() {
        assertThatThrownBy(() -> inline("p { color: red; ", "<p>a</p>"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("style sheet");
    }

    @Test
    void chineseTextAndEscapedValuesComeOutAsTheyWentIn() {
        Document d = inline("p { color: red; }", "<p lang=\"zh-Hans\">澜沧江 &lt;script&gt;</p>");
        assertThat(inliner.inline(
                        "<html><head><style>p{color:red}</style></head><body><p>澜沧江 &lt;b&gt;</p></body></html>"))
                .contains("澜沧江 &lt;b&gt;");
        assertThat(d.selectFirst("p").text()).isEqualTo("澜沧江 <script>");
    }
}
