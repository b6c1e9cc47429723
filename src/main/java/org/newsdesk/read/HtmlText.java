package org.newsdesk.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML (exported notes, Outlook and Word mail bodies) to plain text with jsoup: block elements become
 * line breaks, paragraphs blank lines, table cells are separated so "Date | 15 September" stays a pair;
 * scripts, styles and comments are dropped and nothing is ever fetched.
 */
final class HtmlText {

    private final ReadLimits limits;
    private final TextDecoder decoder = new TextDecoder();

    HtmlText(ReadLimits limits) {
        this.limits = limits;
    }

    String toText(byte[] bytes, String name) {
        String html = decoder.decode(bytes).text();
        return fromHtml(html);
    }

    String toText(byte[] bytes, Charset declared) {
        return fromHtml(decoder.decode(bytes, declared).text());
    }

    static String fromHtml(String html) {
        Parser parser = Parser.htmlParser();
        // jsoup caps depth itself (512), so 100 000 nested elements cannot exhaust the stack
        Document doc = Jsoup.parse(html, "", parser);
        doc.select("script, style, noscript, template, head, iframe, object, embed").remove();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                } else if (node instanceof Element el) {
                    switch (el.normalName()) {
                        case "br" -> out.append('\n');
                        case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "blockquote", "section",
                             "article", "header", "footer", "pre" -> blankLine(out);
                        case "tr", "li", "dt", "dd" -> newLine(out);
                        case "td", "th" -> {
                            if (el.elementSiblingIndex() > 0) {
                                out.append(": ");
                            }
                        }
                        default -> {
                        }
                    }
                    if (el.normalName().equals("li")) {
                        out.append("- ");
                    }
                    String tag = el.normalName();
                    if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
                        out.append("#".repeat(tag.charAt(1) - '0')).append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el) {
                    switch (el.normalName()) {
                        case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "blockquote", "section",
                             "article", "header", "footer", "pre" -> blankLine(out);
                        default -> {
                        }
                    }
                }
            }
        }, doc.body() == null ? doc : doc.body());
        return out.toString().replaceAll("(?m)^[ \\t]+", "").replaceAll("\n{3,}", "\n\n");
    }

    private static void newLine(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    private static void blankLine(StringBuilder out) {
        newLine(out);
        if (out.length() > 1 && out.charAt(out.length() - 2) != '\n') {
            out.append('\n');
        }
    }

    static String fromHtml(byte[] bytes) {
        return fromHtml(new String(bytes, StandardCharsets.UTF_8));
    }
}
