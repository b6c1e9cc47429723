package org.newsdesk.normalize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads "---" YAML front matter ({@code publication}, {@code title}, {@code date}, {@code format},
 * {@code organizers}, ...). The YAML is untrusted: SnakeYAML's safe constructor only, few aliases (no
 * "billion laughs"), no recursive keys, a size cap. Dates stay text so {@link EventDateRule} decides
 * about "2021-02-30" instead of SnakeYAML rolling it over to March. A broken header is a warning, and
 * the note is still read as text.
 */
final class FrontMatterRule {

    private static final int MAX_FRONT_MATTER_CHARS = 64 * 1024;

    private FrontMatterRule() {}

    static FrontMatter read(String text) {
        if (text.startsWith("+++\n")) {
            return toml(text);
        }
        if (!text.startsWith("---\n")) {
            return FrontMatter.none(text);
        }
        int close = text.indexOf("\n---", 3);
        while (close >= 0 && !lineEndsAt(text, close + 4)) {
            close = text.indexOf("\n---", close + 4);
        }
        if (close < 0 || close > MAX_FRONT_MATTER_CHARS) {
            return FrontMatter.none(text);
        }
        String yaml = text.substring(4, close);
        int bodyStart = Math.min(text.length(), close + 4);
        String body = text.substring(bodyStart).replaceFirst("^\\n+", "");
        try {
            Object parsed = yaml().load(yaml);
            if (parsed == null) {
                return new FrontMatter(Map.of(), body, List.of());
            }
            if (!(parsed instanceof Map<?, ?> map)) {
                return new FrontMatter(
                        Map.of(),
                        body,
                        List.of(
                                "The front matter is not a list of \"key: value\" lines, so it was ignored; write it as \"title: ...\", \"date: ...\"."));
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                if (k != null && v != null) {
                    fields.put(k.toString().strip().toLowerCase(java.util.Locale.ROOT), v);
                }
            });
            return new FrontMatter(fields, body, List.of());
        } catch (YAMLException | ClassCastException | IllegalArgumentException | StackOverflowError e) {
            return new FrontMatter(
                    Map.of(),
                    body,
                    List.of(
                            "The front matter between the \"---\" lines is not valid YAML and was ignored; correct it and send the note again."));
        }
    }

    /**
     * "+++" front matter is TOML, which only website generators (Hugo) write: its "key = value" lines
     * are read as the page's metadata (strings, dates and lists of strings; tables are skipped).
     */
    private static FrontMatter toml(String text) {
        int close = text.indexOf("\n+++", 3);
        while (close >= 0 && !lineEndsAt(text, close + 4)) {
            close = text.indexOf("\n+++", close + 4);
        }
        if (close < 0 || close > MAX_FRONT_MATTER_CHARS) {
            return FrontMatter.none(text);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        boolean inTable = false;
        for (String line : text.substring(4, close).split("\n")) {
            String l = line.strip();
            if (l.startsWith("[")) {
                inTable = true;
                continue;
            }
            int eq = l.indexOf('=');
            if (inTable || eq <= 0 || l.startsWith("#")) {
                continue;
            }
            String key =
                    l.substring(0, eq).strip().replaceAll("^[\"']|[\"']$", "").toLowerCase(java.util.Locale.ROOT);
            String value = l.substring(eq + 1).strip();
            if (value.startsWith("[") && value.endsWith("]")) {
                List<String> items = new java.util.ArrayList<>();
                for (String item : value.substring(1, value.length() - 1).split(",")) {
                    String v = unquote(item.strip());
                    if (!v.isEmpty()) {
                        items.add(v);
                    }
                }
                fields.put(key, items);
            } else if (!value.isEmpty()) {
                fields.put(key, unquote(value));
            }
        }
        int bodyStart = Math.min(text.length(), close + 4);
        return new FrontMatter(fields, text.substring(bodyStart).replaceFirst("^\\n+", ""), List.of(), true);
    }

    private static String unquote(String value) {
        if (value.length() >= 2
                && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static boolean lineEndsAt(String text, int at) {
        return at >= text.length() || text.charAt(at) == '\n';
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(MAX_FRONT_MATTER_CHARS);
        options.setNestingDepthLimit(20);
        options.setAllowDuplicateKeys(true);
        return new Yaml(
                new SafeConstructor(options),
                new org.yaml.snakeyaml.representer.Representer(new org.yaml.snakeyaml.DumperOptions()),
                new org.yaml.snakeyaml.DumperOptions(),
                options,
                new TextDates());
    }

    /** Resolves everything YAML usually does except timestamps, which stay strings. */
    private static final class TextDates extends Resolver {
        @Override
        public Tag resolve(NodeId kind, String value, boolean implicit) {
            Tag tag = super.resolve(kind, value, implicit);
            return Tag.TIMESTAMP.equals(tag) ? Tag.STR : tag;
        }
    }
}
