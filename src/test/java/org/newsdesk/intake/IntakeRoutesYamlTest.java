package org.newsdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The intake and error routes are valid Camel YAML DSL, with an id on every route and every step. */
class IntakeRoutesYamlTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void theRouteFilesMatchTheCamelYamlDslSchema() throws Exception {
        JsonSchema schema;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("schema/camelYamlDsl.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
        for (String file : List.of("routes/intake.camel.yaml", "routes/errors.camel.yaml")) {
            JsonNode routes = YAML.readTree(Path.of(file).toFile());
            // the schema types autoStartup as a boolean, but Camel resolves a property placeholder there,
            // which is how the mailbox route stays off until a host is configured
            for (JsonNode top : routes) {
                if (top.path("route").path("autoStartup").asText().matches("\\{\\{[^}]+}}")) {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) top.get("route")).put("autoStartup", true);
                }
            }
            Set<ValidationMessage> errors = schema.validate(routes);
            assertThat(errors).as(file).isEmpty();
        }
    }

    @Test
    void everyRouteAndEveryStepHasAnExplicitIdAndNoCompactNotation() throws Exception {
        List<String> missing = new ArrayList<>();
        for (String file : List.of("routes/intake.camel.yaml", "routes/errors.camel.yaml")) {
            for (JsonNode top : YAML.readTree(Path.of(file).toFile())) {
                top.fields().forEachRemaining(e -> check(file + ":" + e.getKey(), e.getKey(), e.getValue(), missing));
            }
        }
        assertThat(missing).isEmpty();
    }

    private static void check(String where, String kind, JsonNode node, List<String> missing) {
        if (!node.isObject()) {
            missing.add(where + " is written in compact notation");
            return;
        }
        if (!node.has("id") && !Set.of("redeliveryPolicy", "errorHandler", "noErrorHandler", "handled", "constant",
                "simple", "method", "parameters").contains(kind)) {
            missing.add(where + " has no id");
        }
        for (String list : List.of("steps", "onException")) {
            if (node.has(list)) {
                int i = 0;
                for (JsonNode step : node.get(list)) {
                    int n = i++;
                    step.fields().forEachRemaining(e -> check(where + "/" + list + "[" + n + "]:" + e.getKey(), e.getKey(), e.getValue(), missing));
                }
            }
        }
        if (node.has("from")) {
            check(where + "/from", "from", node.get("from"), missing);
        }
    }
}
