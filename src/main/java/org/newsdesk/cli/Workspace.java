package org.newsdesk.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;
import org.newsdesk.app.NewsdeskConfiguration;

/**
 * Starts newsdesk the way every command needs it: settings from {@code config/application.properties}
 * under the newsdesk home, routes from {@code routes/}, beans from {@link NewsdeskConfiguration}.
 */
public final class Workspace {

    private Workspace() {
    }

    static Path home() {
        String home = System.getenv("NEWSDESK_HOME");
        return Path.of(home == null || home.isBlank() ? "." : home).toAbsolutePath().normalize();
    }

    /**
     * A Camel main for this home. {@code overrides} win over the properties file (the demo's own work
     * folder, a disabled schedule for one-shot commands).
     */
    public static Main main(Path home, Map<String, String> overrides, boolean withRoutes) {
        Main main = new Main();
        main.setPropertyPlaceholderLocations("file:" + home.resolve("config/application.properties"));
        Properties initial = new Properties();
        initial.setProperty("newsdesk.home", home.toString());
        initial.setProperty("newsdesk.work-dir", home.toString());
        main.setInitialProperties(initial);
        Properties override = new Properties();
        override.putAll(overrides);
        if (withRoutes && !overrides.containsKey("camel.main.routes-include-pattern")) {
            override.setProperty("camel.main.routes-include-pattern", "file:" + home.resolve("routes") + "/*.camel.yaml");
        }
        if (!withRoutes) {
            // a command without routes serves nothing: it must not take the service's port
            withoutServer(Map.of()).forEach(override::putIfAbsent);
        }
        main.setOverrideProperties(override);
        main.configure().addConfiguration(NewsdeskConfiguration.class);
        return main;
    }

    /**
     * Route files whose routes are HTTP endpoints (platform-http): they need the HTTP server, so a
     * command without it leaves them out.
     */
    static final String HTTP_ROUTE_FILES = "**/editor.camel.yaml,**/unsubscribe.camel.yaml";

    /**
     * Settings for a command that runs once and serves nothing: no HTTP server, no management server,
     * no schedules (the service, if running, has them).
     */
    public static Map<String, String> withoutServer(Map<String, String> overrides) {
        Map<String, String> all = new java.util.HashMap<>(overrides);
        all.put("camel.server.enabled", "false");
        all.put("camel.management.enabled", "false");
        all.put("camel.management.health-check-enabled", "false");
        all.put("camel.management.metrics-enabled", "false");
        all.put("camel.metrics.enabled", "false");
        all.put("newsdesk.schedule.enabled", "false");
        all.put("newsdesk.routes.reload-enabled", "false");
        all.put("camel.main.routes-exclude-pattern", HTTP_ROUTE_FILES);
        return all;
    }

    static <T> T bean(CamelContext context, String name, Class<T> type) {
        T bean = context.getRegistry().lookupByNameAndType(name, type);
        if (bean == null) {
            throw new IllegalStateException("No bean " + name);
        }
        return bean;
    }
}
