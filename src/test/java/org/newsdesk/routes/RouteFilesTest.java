package org.newsdesk.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdesk.ops.RouteFileCheck;

/**
 * Every route file an operator edits or copies must be valid YAML DSL (checked against the JSON schema shipped in
 * the camel-yaml-dsl jar), written in the canonical form (no compact notation, an id on every route
 * and step), and load into a CamelContext.
 */
class RouteFilesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** Step names whose value is an expression or a plain list, not a step with an id. */
    private static final Set<String> NOT_STEPS = Set.of(
            "steps",
            "parameters",
            "exception",
            "when",
            "otherwise",
            "onException",
            "redeliveryPolicy",
            "handled",
            "errorHandler",
            "noErrorHandler",
            "from",
            "route",
            "routeTemplate",
            "routeConfiguration",
            "simple",
            "constant",
            "method",
            "header",
            "exchangeProperty");

    /** The shipped route files and the recipes of the operators' guide (docs/recipes/), which operators copy into routes/. */
    static Stream<Path> routeFiles() throws IOException {
        return Stream.concat(Files.list(Path.of("routes")), Files.list(Path.of("docs/recipes")))
                .filter(p -> p.toString().endsWith(".camel.yaml"))
                .sorted();
    }

    @ParameterizedTest
    @MethodSource("routeFiles")
    void validatesAgainstTheYamlDslSchema(Path file) throws IOException {
        // the same check the service runs before it reloads an edited route file
        assertThat(new RouteFileCheck().check(file.toString(), Files.readString(file)))
                .as(file + " against the YAML DSL schema")
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("routeFiles")
    void isWrittenInTheCanonicalFormWithExplicitIds(Path file) throws IOException {
        List<String> problems = new ArrayList<>();
        for (JsonNode entry : YAML.readTree(file.toFile())) {
            Map.Entry<String, JsonNode> top = entry.fields().next();
            JsonNode body = top.getValue();
            if (!body.hasNonNull("id")) {
                problems.add(top.getKey() + " without an id");
            }
            JsonNode from =
                    top.getKey().equals("routeTemplate") ? body.path("route").path("from") : body.path("from");
            if (!from.isMissingNode()) {
                if (!from.isObject()
                        || !from.hasNonNull("uri")
                        || !from.path("steps").isArray()) {
                    problems.add(top.getKey() + " " + body.path("id").asText() + ": from must have uri and steps");
                }
                checkSteps(from.path("steps"), problems);
            }
            body.path("onException").forEach(e -> {
                checkExpressions("onException", e.path("onException"), problems);
                checkSteps(e.path("onException").path("steps"), problems);
            });
        }
        assertThat(problems).as(file + " in canonical form").isEmpty();
    }

    private static void checkSteps(JsonNode steps, List<String> problems) {
        for (JsonNode step : steps) {
            Iterator<Map.Entry<String, JsonNode>> fields = step.fields();
            Map.Entry<String, JsonNode> eip = fields.next();
            JsonNode def = eip.getValue();
            if (!def.isObject()) {
                problems.add("compact notation: '" + eip.getKey() + ": " + def.asText() + "'");
                continue;
            }
            if (!NOT_STEPS.contains(eip.getKey()) && !def.hasNonNull("id")) {
                problems.add("step '" + eip.getKey() + "' without an id");
            }
            checkExpressions(eip.getKey(), def, problems);
            def.path("when").forEach(when -> checkExpressions("when", when, problems));
            checkSteps(def.path("steps"), problems);
        }
    }

    /**
     * Canonical expressions: {@code expression: {simple: {expression: ...}}} on an EIP, and
     * {@code handled: {constant: {expression: ...}}}; never the shorthand {@code simple: "${body}"}.
     */
    private static void checkExpressions(String eip, JsonNode def, List<String> problems) {
        if (eip.equals("bean")) {
            return; // a bean's "method" is the method name, not an expression
        }
        for (String language : LANGUAGES) {
            if (def.has(language)) {
                problems.add("'" + eip + "' with the shorthand '" + language + ":'; write 'expression: {" + language
                        + ": {expression: ...}}'");
            }
        }
        for (JsonNode holder : List.of(def.path("expression"), def.path("handled"), def.path("onWhen"))) {
            holder.fields().forEachRemaining(e -> {
                if (LANGUAGES.contains(e.getKey()) && !e.getValue().isObject()) {
                    problems.add("'" + eip + "': '" + e.getKey() + ": "
                            + e.getValue().asText() + "' in shorthand; write '" + e.getKey() + ": {expression: ...}'");
                }
            });
        }
    }

    private static final Set<String> LANGUAGES =
            Set.of("simple", "constant", "method", "header", "exchangeProperty", "jq", "xpath");

    @ParameterizedTest
    @MethodSource("routeFiles")
    void loadsIntoACamelContext(Path file) throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.getPropertiesComponent().addInitialProperty("newsdesk.inbox-dir", "target/never-read");
            context.getPropertiesComponent().addInitialProperty("newsdesk.routes.intake", "true");
            context.getPropertiesComponent().addInitialProperty("newsdesk.routes.publish", "true");
            context.getPropertiesComponent().addInitialProperty("camel.server.enabled", "false");
            Resource resource = ResourceHelper.resolveMandatoryResource(context, "file:" + file);
            PluginHelper.getRoutesLoader(context).loadRoutes(resource);
            ModelCamelContext model = context;
            int defined = model.getRouteDefinitions().size()
                    + model.getRouteTemplateDefinitions().size()
                    + model.getRouteConfigurationDefinitions().size();
            assertThat(defined)
                    .as(file + " defines routes, templates or configurations")
                    .isPositive();
        }
    }
}
