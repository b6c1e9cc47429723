package org.newsdesk.render;

import com.helger.css.decl.CSSDeclaration;
import com.helger.css.decl.CSSSelector;
import com.helger.css.decl.CSSSelectorAttribute;
import com.helger.css.decl.CSSSelectorMemberFunctionLike;
import com.helger.css.decl.CSSSelectorMemberNot;
import com.helger.css.decl.CSSSelectorMemberPseudoIs;
import com.helger.css.decl.CSSSelectorSimpleMember;
import com.helger.css.decl.CSSStyleRule;
import com.helger.css.decl.CascadingStyleSheet;
import com.helger.css.decl.ICSSSelectorMember;
import com.helger.css.decl.ICSSTopLevelRule;
import com.helger.css.reader.CSSReader;
import com.helger.css.reader.CSSReaderDeclarationList;
import com.helger.css.reader.errorhandler.CollectingCSSParseErrorHandler;
import com.helger.css.writer.CSSWriterSettings;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Selector;

/**
 * Moves a document's {@code <style>} rules into the {@code style} attributes of the elements they select, as mail
 * clients that drop {@code <style>} (many webmail and Outlook views) still show inline styles. The style sheet is
 * parsed by ph-css and matched by jsoup's selector engine; each element's declarations are applied in cascade order
 * (importance, specificity, order in the sheet; an existing {@code style} attribute above every rule). What cannot
 * be inlined stays in one {@code <style>} block: media queries (the phone-width rules) and selectors with states or
 * pseudo-elements ({@code :hover}, {@code ::before}).
 */
final class CssInliner {

    /** Pseudo-classes jsoup matches on the document as it stands; any other pseudo keeps its rule in the sheet. */
    private static final Set<String> STRUCTURAL = Set.of(
            ":first-child",
            ":last-child",
            ":only-child",
            ":first-of-type",
            ":last-of-type",
            ":only-of-type",
            ":empty",
            ":root");

    private static final CSSWriterSettings OUT = new CSSWriterSettings(true);

    private record Rule(String selector, int specificity, int order, List<CSSDeclaration> declarations) {}

    private record Applied(boolean important, int specificity, int order, String property, String value) {}

    String inline(String html) {
        Document doc = Jsoup.parse(html);
        doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(false);
        List<Rule> rules = new ArrayList<>();
        StringBuilder kept = new StringBuilder();
        int order = 0;
        for (Element style : doc.select("style")) {
            CollectingCSSParseErrorHandler errors = new CollectingCSSParseErrorHandler();
            CascadingStyleSheet sheet = CSSReader.readFromString(style.data(), errors);
            if (sheet == null || errors.hasParseErrors()) {
                throw new IllegalArgumentException("The mail's style sheet cannot be read: "
                        + (errors.hasParseErrors() ? errors.getAllParseErrors().get(0) : "not CSS"));
            }
            for (ICSSTopLevelRule rule : sheet.getAllRules()) {
                if (!(rule instanceof CSSStyleRule styleRule)) {
                    kept.append(rule.getAsCSSString(OUT, 0)).append('\n');
                    continue;
                }
                for (CSSSelector selector : styleRule.getAllSelectors()) {
                    String text = selector.getAsCSSString(OUT, 0);
                    if (inlinable(selector) && parses(text)) {
                        rules.add(new Rule(text, specificity(selector), order++, styleRule.getAllDeclarations()));
                    } else {
                        CSSStyleRule alone = new CSSStyleRule().addSelector(selector);
                        styleRule.getAllDeclarations().forEach(alone::addDeclaration);
                        kept.append(alone.getAsCSSString(OUT, 0)).append('\n');
                    }
                }
            }
            style.remove();
        }
        Map<Element, List<Applied>> byElement = new IdentityHashMap<>();
        for (Rule rule : rules) {
            for (Element element : doc.select(rule.selector())) {
                List<Applied> list = byElement.computeIfAbsent(element, e -> new ArrayList<>());
                for (CSSDeclaration d : rule.declarations()) {
                    list.add(new Applied(
                            d.isImportant(),
                            rule.specificity(),
                            rule.order(),
                            d.getProperty().toLowerCase(Locale.ROOT),
                            d.getExpressionAsCSSString()));
                }
            }
        }
        for (Map.Entry<Element, List<Applied>> e : byElement.entrySet()) {
            Element element = e.getKey();
            List<Applied> applied = new ArrayList<>(e.getValue());
            // the element's own style attribute: above every rule, below a rule's !important
            var own = CSSReaderDeclarationList.readFromString(element.attr("style"));
            if (own != null) {
                for (CSSDeclaration d : own.getAllDeclarations()) {
                    applied.add(new Applied(
                            d.isImportant(),
                            Integer.MAX_VALUE,
                            0,
                            d.getProperty().toLowerCase(Locale.ROOT),
                            d.getExpressionAsCSSString()));
                }
            }
            applied.sort(Comparator.comparing(Applied::important)
                    .thenComparingInt(Applied::specificity)
                    .thenComparingInt(Applied::order));
            // a property declared again moves to the end, so a later shorthand still overrides earlier longhands
            Map<String, String> declarations = new LinkedHashMap<>();
            for (Applied a : applied) {
                declarations.remove(a.property());
                declarations.put(a.property(), a.value() + (a.important() ? " !important" : ""));
            }
            StringBuilder style = new StringBuilder();
            declarations.forEach((property, value) -> {
                if (style.length() > 0) {
                    style.append("; ");
                }
                style.append(property).append(": ").append(value);
            });
            element.attr("style", style.toString());
        }
        if (kept.length() > 0) {
            doc.head().appendElement("style").appendChild(new DataNode("\n" + kept));
        }
        return doc.outerHtml();
    }

    private static boolean inlinable(CSSSelector selector) {
        for (ICSSSelectorMember m : selector.getAllMembers()) {
            if (m instanceof CSSSelectorSimpleMember simple
                    && simple.isPseudo()
                    && !STRUCTURAL.contains(simple.getValue().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean parses(String selector) {
        try {
            Selector.evaluatorOf(selector);
            return true;
        } catch (Selector.SelectorParseException e) {
            return false;
        }
    }

    /** Selectors' specificity (CSS Selectors 4, section 16) as one number: ids, classes, types in three bytes. */
    static int specificity(CSSSelector selector) {
        int ids = 0;
        int classes = 0;
        int types = 0;
        int inner = 0;
        for (ICSSSelectorMember m : selector.getAllMembers()) {
            if (m instanceof CSSSelectorSimpleMember simple) {
                String value = simple.getValue();
                if (simple.isHash()) {
                    ids++;
                } else if (simple.isClass()) {
                    classes++;
                } else if (simple.isPseudo()) {
                    if (value.startsWith("::")) {
                        types++;
                    } else {
                        classes++;
                    }
                } else if (simple.isElementName() && !"*".equals(value)) {
                    types++;
                }
            } else if (m instanceof CSSSelectorAttribute || m instanceof CSSSelectorMemberFunctionLike) {
                classes++;
            } else if (m instanceof CSSSelectorMemberNot not) {
                int most = 0;
                for (CSSSelector argument : not.getAllSelectors()) {
                    most = Math.max(most, specificity(argument));
                }
                inner += most;
            } else if (m instanceof CSSSelectorMemberPseudoIs is) {
                int most = 0;
                for (CSSSelector argument : is.getAllSelectors()) {
                    most = Math.max(most, specificity(argument));
                }
                inner += most;
            }
        }
        return combine(ids, classes, types) + inner;
    }

    private static int combine(int ids, int classes, int types) {
        return (Math.min(ids, 255) << 16) | (Math.min(classes, 255) << 8) | Math.min(types, 255);
    }
}
