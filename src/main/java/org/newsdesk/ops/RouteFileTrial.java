package org.newsdesk.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.camel.CamelContext;
import org.apache.camel.FailedToCreateRouteException;
import org.apache.camel.Route;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.component.master.MasterComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.Model;
import org.apache.camel.model.RouteConfigurationDefinition;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.spi.BeanRepository;
import org.apache.camel.spi.PropertiesSource;
import org.apache.camel.support.DefaultRegistry;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;

/**
 * Loads a route file that passed the schema into a throw-away Camel context that is initialised but
 * never started: it sees the running context's beans, properties, route configurations and REST
 * configuration, so Camel itself resolves every {@code ref:}, endpoint URI and placeholder of the file
 * and finds duplicate ids, without touching a running route. Route ids that routes of another file
 * already use are refused too: loading them would silently replace those routes.
 */
final class RouteFileTrial {

    private static final List<Culprit> CULPRITS = List.of(
            new Culprit(
                    Pattern.compile("No bean could be found in the registry for: (\\S+)"),
                    "ref: %s",
                    "no bean is called '%s': check the name against the ref: names the shipped route files use"),
            new Culprit(
                    Pattern.compile("No endpoint could be found for: ([^:/\\s]+)://"),
                    "%s:",
                    "no component for the URI scheme '%s': check its spelling"),
            new Culprit(
                    Pattern.compile("Property with key \\[([^\\]]+)] not found"),
                    "{{%s",
                    "no setting is called '%s': add it to config/application.properties or correct its name"),
            new Culprit(
                    Pattern.compile("Duplicate id detected: (\\S+?)\\.? "),
                    "id: %s",
                    "the route id '%s' is used twice in this file: give each route its own id"));

    private final CamelContext live;

    RouteFileTrial(CamelContext live) {
        this.live = live;
    }

    /** The problems Camel finds loading {@code text} as the file at {@code location}; empty when it loads. */
    List<RouteFileProblem> problems(String name, String location, String text) {
        try (DefaultCamelContext check = new DefaultCamelContext(false)) {
            check.getCamelContextExtension().setName(live.getName() + "-route-check");
            check.getCamelContextExtension().setRegistry(new DefaultRegistry(new LiveBeans(live)));
            check.getPropertiesComponent().addPropertiesSource(new LiveProperties(live));
            check.setRestConfiguration(live.getRestConfiguration());
            check.setAutoStartup(false);
            // master: endpoints need a cluster service; one of their own, never started, takes no lock
            check.getComponent("master", MasterComponent.class).setService(new FileLockClusterService());
            Model model = check.getCamelContextExtension().getContextPlugin(Model.class);
            PluginHelper.getRoutesLoader(check).loadRoutes(ResourceHelper.fromString(location, text));
            // the routes of this file refer to error handling defined in the others: those this file
            // does not define itself come from the running context
            Set<String> own = new java.util.HashSet<>();
            model.getRouteConfigurationDefinitions().forEach(c -> own.add(c.getId()));
            Model liveModel = live.getCamelContextExtension().getContextPlugin(Model.class);
            List<RouteConfigurationDefinition> configurations = new ArrayList<>();
            for (RouteConfigurationDefinition c : liveModel.getRouteConfigurationDefinitions()) {
                if (!own.contains(c.getId())) {
                    configurations.add(c);
                }
            }
            model.addRouteConfigurations(configurations);

            List<RouteFileProblem> clashes = clashes(name, location, text, model.getRouteDefinitions());
            if (!clashes.isEmpty()) {
                return clashes;
            }
            check.build();
            check.init();
            return List.of();
        } catch (Exception e) {
            return List.of(explain(name, text, e));
        }
    }

    /** Ids of this file that routes of another file (or a template of another file) already have. */
    private List<RouteFileProblem> clashes(String name, String location, String text, List<RouteDefinition> routes) {
        List<RouteFileProblem> problems = new ArrayList<>();
        for (RouteDefinition definition : routes) {
            String id = definition.getRouteId();
            Route running = id == null ? null : live.getRoute(id);
            if (running == null) {
                continue;
            }
            String from = fileOf(running.getSourceLocation());
            if (from != null && from.equals(location)) {
                continue;
            }
            problems.add(new RouteFileProblem(
                    name,
                    lineOf(text, "id: " + id, definition.getLineNumber()),
                    "the route id '" + id + "' is already used by a route of "
                            + (from == null ? "another file" : shortName(from))
                            + ": give this route an id of its own (route ids are unique across route files)"));
        }
        return problems;
    }

    private static RouteFileProblem explain(String name, String text, Throwable e) {
        String all = messages(e);
        for (Culprit c : CULPRITS) {
            Matcher m = c.pattern.matcher(all);
            if (m.find()) {
                String value = m.group(1);
                String token = c.token.formatted(value);
                int line = token.startsWith("id: ") ? lastLineOf(text, token) : lineOf(text, token, 0);
                if (line == 0) {
                    line = lineOf(text, value, routeLine(text, e));
                }
                return new RouteFileProblem(name, line, c.advice.formatted(value) + " (Camel: " + rootMessage(e) + ")");
            }
        }
        return new RouteFileProblem(name, routeLine(text, e), "Camel could not load it: " + rootMessage(e));
    }

    /** The line of the failing route's id when Camel names the route, else the first line. */
    private static int routeLine(String text, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FailedToCreateRouteException f && f.getRouteId() != null) {
                return lineOf(text, "id: " + f.getRouteId(), 1);
            }
        }
        return 1;
    }

    private static String messages(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            b.append(t.getMessage()).append(' ');
        }
        return b.toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.length() > 300 ? m.substring(0, 300) + " …" : m;
    }

    /** 1-based line of the first line holding {@code token}, or {@code otherwise}. */
    static int lineOf(String text, String token, int otherwise) {
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (holds(lines[i], token)) {
                return i + 1;
            }
        }
        return otherwise;
    }

    private static int lastLineOf(String text, String token) {
        String[] lines = text.split("\\R", -1);
        for (int i = lines.length - 1; i >= 0; i--) {
            if (holds(lines[i], token)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static boolean holds(String line, String token) {
        String l = line.replace("\"", "").replace("'", "");
        if (!token.startsWith("id: ")) {
            return l.contains(token);
        }
        // "id: x" exactly, not "id: x-in"
        return l.strip().replaceFirst("^- ", "").equals(token);
    }

    /** {@code file:/…/routes/x.camel.yaml:17} → {@code file:/…/routes/x.camel.yaml}. */
    private static String fileOf(String sourceLocation) {
        if (sourceLocation == null) {
            return null;
        }
        return sourceLocation.replaceFirst(":\\d+$", "");
    }

    private static String shortName(String location) {
        String path = location.replaceFirst("^file:", "");
        int slash = path.lastIndexOf('/');
        int parent = slash <= 0 ? -1 : path.lastIndexOf('/', slash - 1);
        return path.substring(parent + 1);
    }

    private record Culprit(Pattern pattern, String token, String advice) {}

    /** The running context's beans, read only: the check context binds and closes nothing of them. */
    private record LiveBeans(CamelContext live) implements BeanRepository {

        @Override
        public Object lookupByName(String name) {
            return live.getRegistry().lookupByName(name);
        }

        @Override
        public <T> T lookupByNameAndType(String name, Class<T> type) {
            return live.getRegistry().lookupByNameAndType(name, type);
        }

        @Override
        public <T> Map<String, T> findByTypeWithName(Class<T> type) {
            return live.getRegistry().findByTypeWithName(type);
        }

        @Override
        public <T> Set<T> findByType(Class<T> type) {
            return live.getRegistry().findByType(type);
        }
    }

    /** The running context's settings, so placeholders resolve as they will once loaded. */
    private record LiveProperties(CamelContext live) implements PropertiesSource {

        @Override
        public String getName() {
            return "running-context";
        }

        @Override
        public String getProperty(String name) {
            Optional<String> value = live.getPropertiesComponent().resolveProperty(name);
            return value.orElse(null);
        }
    }
}
