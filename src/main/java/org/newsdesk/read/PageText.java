package org.newsdesk.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Text pulled from paged documents: running headers and footers (a line repeated on most pages, page
 * numbers) are dropped, and a paragraph split by a page break is joined again.
 */
final class PageText {

    private PageText() {}

    static String joinPages(String text) {
        String[] pages = text.split("\f");
        if (pages.length < 2) {
            return text.replace("\f", "");
        }
        Map<String, Integer> seen = new HashMap<>();
        List<List<String>> pageLines = new ArrayList<>();
        for (String page : pages) {
            List<String> lines = new ArrayList<>(List.of(page.strip().split("\n", -1)));
            pageLines.add(lines);
            lines.stream().map(PageText::key).distinct().forEach(k -> seen.merge(k, 1, Integer::sum));
        }
        int threshold = Math.max(2, pages.length / 2);
        StringBuilder out = new StringBuilder();
        boolean firstLine = true;
        for (List<String> lines : pageLines) {
            List<String> kept = new ArrayList<>();
            for (String line : lines) {
                String k = key(line);
                // a slide deck repeats its title on every slide: the first page keeps it once, as its heading
                boolean running = !k.isEmpty()
                        && seen.getOrDefault(k, 0) >= threshold
                        && line.length() < 100
                        && !(firstLine && !k.contains("#"));
                firstLine &= k.isEmpty();
                boolean pageNumber =
                        line.strip().matches("(?i)(page\\s*)?\\d{1,4}(\\s*(/|of)\\s*\\d{1,4})?|-\\s*\\d{1,4}\\s*-");
                if (!running && !pageNumber) {
                    kept.add(line);
                }
            }
            String body = String.join("\n", kept).strip();
            if (body.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                char last = out.charAt(out.length() - 1);
                boolean sentenceEnded = last == '.' || last == '!' || last == '?' || last == ':' || last == '"';
                // a paragraph goes on over the page break only when the text plainly goes on; a page (a slide)
                // that ends "… Hydrogen Valleys Partnership" and one that opens "Prof. Javier Montoya" are apart
                int lineStart = out.lastIndexOf("\n") + 1;
                boolean goesOn = WrappedLines.continues(
                        out.substring(lineStart), body.lines().findFirst().orElse(""));
                out.append(sentenceEnded || !goesOn && last != '-' ? "\n\n" : (last == '-' ? "" : " "));
                if (last == '-') {
                    out.setLength(out.length() - 1);
                }
            }
            out.append(body);
        }
        return out.toString();
    }

    private static String key(String line) {
        return line.strip().replaceAll("\\d+", "#");
    }
}
