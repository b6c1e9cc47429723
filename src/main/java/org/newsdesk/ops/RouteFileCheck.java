package org.newsdesk.ops;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a route file the way an operator needs before it replaces running routes: is it YAML, and
 * does it follow the Camel YAML DSL schema ({@code schema/camelYamlDsl.json} in camel-yaml-dsl)?
 * Each problem names the line it is on.
 */
public final class RouteFileCheck {

    private static final int MAX_PROBLEMS = 3;

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    private volatile JsonSchema schema;

    /** The problems of a route file's text; empty when it can be loaded. */
    public List<RouteFileProblem> check(String fileName, String text) {
        JsonNode tree;
        try {
            tree = yaml.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            return List.of(new RouteFileProblem(
                    fileName, at == null ? 0 : at.getLineNr(), "not valid YAML: " + e.getOriginalMessage()));
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            return List.of(new RouteFileProblem(fileName, 1, "the file is empty"));
        }
        List<ValidationMessage> messages = schema().validate(tree).stream()
                .filter(m -> !placeholderForType(m))
                .toList();
        if (messages.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> lines = lines(text);
        List<RouteFileProblem> problems = new ArrayList<>();
        for (ValidationMessage m : messages) {
            String path = m.getInstanceLocation().toString();
            problems.add(new RouteFileProblem(fileName, lineOf(lines, path), m.getMessage()));
        }
        // the deepest, then first, problems say best what to fix; a oneOf mismatch reports many
        problems.sort(
                Comparator.comparingInt(RouteFileProblem::line).reversed().thenComparing(RouteFileProblem::message));
        return problems.subList(0, Math.min(MAX_PROBLEMS, problems.size()));
    }

    /**
     * Camel resolves property placeholders before it reads a value, so {@code autoStartup: "{{x}}"}
     * is a boolean to Camel though the schema sees a string.
     */
    private static boolean placeholderForType(ValidationMessage m) {
        JsonNode value = m.getInstanceNode();
        return "type".equals(m.getType())
                && value != null
                && value.isTextual()
                && value.asText().matches("(?s).*\\{\\{.+}}.*");
    }

    private JsonSchema schema() {
        JsonSchema s = schema;
        if (s == null) {
            try (InputStream in =
                    RouteFileCheck.class.getClassLoader().getResourceAsStream("schema/camelYamlDsl.json")) {
                if (in == null) {
                    throw new IllegalStateException(
                            "schema/camelYamlDsl.json is not on the class path (camel-yaml-dsl)");
                }
                s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
            } catch (IOException e) {
                throw new IllegalStateException("The YAML DSL schema cannot be read", e);
            }
            schema = s;
        }
        return s;
    }

    /** The line of the nearest enclosing node the line table knows. */
    private static int lineOf(Map<String, Integer> lines, String path) {
        for (String p = path; ; ) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            if (cut <= 0) {
                return 0;
            }
            p = p.substring(0, cut);
        }
    }

    /** Line of every node, keyed by its JSON path as the validator writes it ({@code $[0].route.from.steps[1]}). */
    private Map<String, Integer> lines(String text) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = yaml.getFactory().createParser(text)) {
            Deque<String> path = new ArrayDeque<>();
            Deque<int[]> index = new ArrayDeque<>();
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME) {
                    continue;
                }
                if (t == JsonToken.END_ARRAY || t == JsonToken.END_OBJECT) {
                    path.pop();
                    index.pop();
                    continue;
                }
                String here;
                if (path.isEmpty()) {
                    here = "$";
                } else if (index.peek()[0] >= 0) {
                    here = path.peek() + "[" + index.peek()[0]++ + "]";
                } else {
                    here = path.peek() + "." + p.currentName();
                }
                lines.putIfAbsent(here, p.currentTokenLocation().getLineNr());
                if (t == JsonToken.START_ARRAY) {
                    path.push(here);
                    index.push(new int[] {0});
                } else if (t == JsonToken.START_OBJECT) {
                    path.push(here);
                    index.push(new int[] {-1});
                }
            }
        } catch (IOException e) {
            // parsed once already; a table without lines only loses the line numbers
        }
        return lines;
    }
}
