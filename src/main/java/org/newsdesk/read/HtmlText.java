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
import org.newsdesk.domain.ReadLimits;

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

    /** {@code <meta charset="...">} or {@code content="text/html; charset=..."} near the top of the page. */
    private static final java.util.regex.Pattern META_CHARSET =
            java.util.regex.Pattern.compile("(?i)<meta[^>]{0,200}?charset\\s{0,5}=\\s{0,5}[\"']?([a-z0-9_.:-]{1,40})");

    String toText(byte[] bytes, String name) {
        Charset declared = declaredCharset(bytes);
        // a page that names its charset (Outlook and Word save HTML as windows-1252 or gb2312) is read in it
        String html = (declared == null ? decoder.decode(bytes) : decoder.decode(bytes, declared)).text();
        return fromHtml(html);
    }

    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    String toText(byte[] bytes, Charset declared) {
        return fromHtml(decoder.decode(bytes, declared).text());
    }

    static String fromHtml(String html) {
        Parser parser = Parser.htmlParser();
        // jsoup caps depth itself (512), so 100 000 nested elements cannot exhaust the stack
        Document doc = Jsoup.parse(html, "", parser);
        doc.select("script, style, noscript, template, head, iframe, object, embed")
                .remove();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode text) {
                            out.append(text.text());
                        } else if (node instanceof Element el) {
                            switch (el.normalName()) {
                                case "br" -> out.append('\n');
                                case "p",
                                        "div",
                                        "h1",
                                        "h2",
                                        "h3",
                                        "h4",
                                        "h5",
                                        "h6",
                                        "table",
                                        "ul",
                                        "ol",
                                        "blockquote",
                                        "section",
                                        "article",
                                        "header",
                                        "footer",
                                        "pre" -> blankLine(out);
                                case "tr", "li", "dt", "dd" -> newLine(out);
                                case "td", "th" -> {
                                    if (el.elementSiblingIndex() > 0) {
                                        out.append(": ");
                                    }
                                }
                                default -> {}
                            }
                            if (el.normalName().equals("li")) {
                                out.append("- ");
                            }
                            String tag = el.normalName();
                            if (tag.length() == 2
                                    && tag.charAt(0) == 'h'
                                    && tag.charAt(1) >= '1'
                                    && tag.charAt(1) <= '6') {
                                out.append("#".repeat(tag.charAt(1) - '0')).append(' ');
                            }
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element el) {
                            switch (el.normalName()) {
                                case "p",
                                        "div",
                                        "h1",
                                        "h2",
                                        "h3",
                                        "h4",
                                        "h5",
                                        "h6",
                                        "table",
                                        "ul",
                                        "ol",
                                        "blockquote",
                                        "section",
                                        "article",
                                        "header",
                                        "footer",
                                        "pre" -> blankLine(out);
                                default -> {}
                            }
                        }
                    }
                },
                doc.body() == null ? doc : doc.body());
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
