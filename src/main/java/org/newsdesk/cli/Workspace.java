package org.newsdesk.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.camel.main.Main;
import org.newsdesk.app.Newsdesk;
import org.newsdesk.app.NewsdeskConfiguration;

/**
 * Starts newsdesk the way every command needs it: settings from {@code config/application.properties}
 * under the newsdesk home, routes from {@code routes/}, beans from the composition root
 * {@link NewsdeskConfiguration}.
 */
public final class Workspace {

    private Workspace() {}

    static Path home() {
        String home = System.getenv("NEWSDESK_HOME");
        return Path.of(home == null || home.isBlank() ? "." : home)
                .toAbsolutePath()
                .normalize();
    }

    /**
     * A Camel main for this home. {@code overrides} win over the properties file (the demo's own work
     * folder, a disabled schedule for one-shot commands). Every route file is loaded; which routes run
     * is said by the switches their preconditions read ({@link #routes}).
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
        if (!withRoutes) {
            // a command without routes serves nothing: it must not take the service's port
            withoutServer(Map.of()).forEach(override::putIfAbsent);
            routes(false, false).forEach(override::putIfAbsent);
        }
        main.setOverrideProperties(override);
        main.configure().addConfiguration(new NewsdeskConfiguration());
        return main;
    }

    /** The switches of config/application.properties that say which routes run. */
    public static Map<String, String> routes(boolean intake, boolean publish) {
        return Map.of(
                "newsdesk.routes.intake",
                Boolean.toString(intake),
                "newsdesk.routes.publish",
                Boolean.toString(publish));
    }

    /**
     * Settings for a command that runs once and serves nothing: no HTTP server (so no HTTP routes), no
     * management server, no schedules (the service, if running, has them).
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
        all.put("newsdesk.db.serve-to-commands", "false");
        return all;
    }

    /** The composition root of a main made by {@link #main}. */
    public static NewsdeskConfiguration root(Main main) {
        return main.configure().getConfigurations().stream()
                .filter(NewsdeskConfiguration.class::isInstance)
                .map(NewsdeskConfiguration.class::cast)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("this main was not made by Workspace.main"));
    }

    /** The beans a command calls, as the started main's composition root made them. */
    public static Newsdesk newsdesk(Main main) {
        return root(main).newsdesk();
    }
}
