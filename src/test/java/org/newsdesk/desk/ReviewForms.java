package org.newsdesk.desk;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The fields of the review form as the page has them, the way a browser would post them. */
final class ReviewForms {

    private ReviewForms() {}

    static Map<String, String> fieldsOf(String html) {
        Document page = Jsoup.parse(html);
        Element form = page.getElementById("item-form");
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String value = switch (input.tagName()) {
                case "textarea" -> input.wholeText().replaceFirst("^\n", "");
                case "select" -> {
                    Element selected = input.selectFirst("option[selected]");
                    yield selected == null ? "" : selected.attr("value");
                }
                default -> input.attr("value");
            };
            fields.put(input.attr("name"), value);
        }
        return fields;
    }
}
