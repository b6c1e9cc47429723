package org.newsdesk.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The delivery route files are valid Camel YAML DSL (the schema in camel-yaml-dsl; this version ships
 * no separate canonical schema) in the canonical form: every step a mapping with an id, no one-line
 * shorthand.
 */
class DeliveryRoutesSchemaTest {

    @ParameterizedTest
    @ValueSource(strings = {"deliver.camel.yaml", "unsubscribe.camel.yaml"})
    void routeFileIsCanonicalYamlDslWithIds(String file) throws Exception {
        JsonSchema schema;
        try (InputStream in = org.apache.camel.dsl.yaml.YamlRoutesBuilderLoader.class.getClassLoader()
                .getResourceAsStream("schema/camelYamlDsl.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        JsonNode routes = new ObjectMapper(new YAMLFactory()).readTree(DeliveryWorld.PROJECT.resolve("routes").resolve(file).toFile());
        Set<ValidationMessage> problems = schema.validate(routes);
        assertThat(problems).isEmpty();
        routes.forEach(r -> assertThat(r.path("route").path("id").asText()).isNotBlank());
        for (JsonNode r : routes) {
            assertThat(missingIds(r.path("route").path("from").path("steps"))).as(r.path("route").path("id").asText()).isZero();
        }
    }

    /** Steps (and their nested steps) without an id. */
    private static int missingIds(JsonNode steps) {
        int missing = 0;
        for (JsonNode step : steps) {
            JsonNode body = step.elements().next();
            if (!body.isObject() || !body.has("id")) {
                missing++;
            }
            missing += missingIds(body.path("steps"));
            for (JsonNode when : body.path("when")) {
                missing += when.has("id") ? 0 : 1;
                missing += missingIds(when.path("steps"));
            }
            if (body.has("otherwise")) {
                missing += body.path("otherwise").has("id") ? 0 : 1;
                missing += missingIds(body.path("otherwise").path("steps"));
            }
        }
        return missing;
    }
}
