package org.newsdesk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlCheckerTest {

    /** A small issue page using what the checker checks with its own helpers: CSS, a CSP, a data: image, times. */
    private static final String VALID = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="object-src 'none'; style-src 'unsafe-inline'">
            <title>Issue 12 — Spring</title>
            <style>
              body { margin: 0; color: #1d1d1b; font-family: "Helvetica Neue", Arial, sans-serif; }
              .speaker .name { font-weight: bold; }
            </style>
            </head>
            <body>
            <h1 id="top">Issue 12</h1>
            <p><time datetime="2026-03-14">14 March 2026</time></p>
            <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="" width="1" height="1">
            <ul>
              <li>Café opening</li>
              <li style="color: #555">Sun Yiting, chair</li>
            </ul>
            <p><a href="https://example.org/issues/12.pdf">The issue as PDF</a></p>
            </body>
            </html>
            """;

    @Test
    void aValidDocumentHasNoErrorsAndNoWarnings() {
        assertThat(HtmlChecker.errors(VALID)).isEmpty();
        assertThat(HtmlChecker.warnings(VALID)).isEmpty();
    }

    @Test
    void aListItemOutsideAListIsAnErrorAtItsLineAndColumn() {
        String html = VALID.replace("<ul>", "<li>Stray</li>\n<ul>");

        assertThat(HtmlChecker.errors(html))
                .singleElement()
                .asString()
                .startsWith("17:4: error: ")
                .contains("Element “li” not allowed as child of element “body”");
    }

    @Test
    void aDuplicateIdIsAnError() {
        String html = VALID.replace("<ul>", "<ul id=\"top\">");

        assertThat(HtmlChecker.errors(html)).singleElement().asString().contains("Duplicate ID “top”");
    }

    @Test
    void aHeadWithoutATitleIsAnErrorAtTheEndOfTheHead() {
        String html = VALID.replace("<title>Issue 12 — Spring</title>\n", "");

        assertThat(HtmlChecker.errors(html))
                .singleElement()
                .asString()
                .startsWith("11:7: error: ")
                .contains("Element “head” is missing required child element “title”");
    }

    @Test
    void anImageWithoutAltTextIsAnError() {
        String html = VALID.replace(" alt=\"\"", "");

        assertThat(HtmlChecker.errors(html)).singleElement().asString().contains("An “img” element must have an “alt”");
    }

    @Test
    void aSectionWithoutAHeadingIsAWarningNotAnError() {
        String html = VALID.replace("<ul>", "<section><p>Notes</p></section>\n<ul>");

        assertThat(HtmlChecker.errors(html)).isEmpty();
        assertThat(HtmlChecker.warnings(html)).singleElement().asString().contains("Section lacks heading");
    }

    @Test
    void badCssAndABadPolicyAreErrors() {
        String html = VALID.replace("font-weight: bold;", "font-weight: heavy;")
                .replace("object-src 'none';", "object-src 'none' 'nonsense';");

        assertThat(HtmlChecker.errors(html))
                .anySatisfy(e -> assertThat(e).contains("font-weight"))
                .anySatisfy(e -> assertThat(e).contains("Bad content security policy"));
    }
}
