package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Markdown footnote texts ("[^1]: ...") and reference-link definitions ("[forecast]: https://..."): sources, not words said. */
final class MarkdownNotes implements SetAsideRule {

    private static final Pattern FOOTNOTE = Pattern.compile("^\\s{0,3}\\[\\^[^\\]]{1,40}\\]:.*");
    private static final Pattern REFERENCE = Pattern.compile("^\\s{0,3}\\[[^\\]^]{1,80}\\]:\\s*\\S+.*");

    @Override
    public List<Aside> find(List<String> lines) {
        List<Aside> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (FOOTNOTE.matcher(line).matches()) {
                int end = i + 1;
                while (end < lines.size() && lines.get(end).startsWith("    ")) {
                    end++;
                }
                out.add(new Aside(i, end, "footnote"));
                i = end - 1;
            } else if (REFERENCE.matcher(line).matches()) {
                out.add(new Aside(i, i + 1, "link reference"));
            }
        }
        return out;
    }
}
