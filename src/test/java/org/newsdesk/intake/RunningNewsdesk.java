package org.newsdesk.intake;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;
import org.newsdesk.app.NewsdeskConfiguration;

/**
 * newsdesk started the way the launcher starts it (settings file, YAML routes from routes/, beans from
 * {@link NewsdeskConfiguration}) on a throw-away work folder, with fast polling and no schedules.
 */
public final class RunningNewsdesk implements AutoCloseable {

    private final Main main;

    private RunningNewsdesk(Main main) {
        this.main = main;
    }

    public static RunningNewsdesk start(Path workDir, Map<String, String> extra) {
        Path home = Path.of("").toAbsolutePath();
        Main main = new Main();
        main.setPropertyPlaceholderLocations("file:" + home.resolve("config/application.properties"));
        Properties initial = new Properties();
        initial.setProperty("newsdesk.home", home.toString());
        main.setInitialProperties(initial);
        Map<String, String> overrides = new HashMap<>();
        overrides.put("newsdesk.work-dir", workDir.toString());
        overrides.put("camel.main.routes-include-pattern", "file:" + home.resolve("routes") + "/*.camel.yaml");
        overrides.put("newsdesk.schedule.enabled", "false");
        overrides.put("newsdesk.intake.min-age-millis", "100");
        overrides.put("newsdesk.intake.poll-millis", "100");
        overrides.put("newsdesk.publications-dir", home.resolve("config/publications").toString());
        overrides.put("newsdesk.subscribers-dir", home.resolve("config/subscribers").toString());
        overrides.put("newsdesk.templates-dir", home.resolve("templates").toString());
        overrides.put("newsdesk.db.url", "");
        overrides.put("newsdesk.smtp.host", "");
        overrides.put("newsdesk.mailbox.host", "");
        // intake needs no HTTP server; without one, tests run beside a service without taking its port
        overrides.put("camel.server.enabled", "false");
        overrides.put("camel.main.routes-exclude-pattern", "**/unsubscribe.camel.yaml");
        overrides.putAll(extra);
        Properties override = new Properties();
        override.putAll(overrides);
        main.setOverrideProperties(override);
        main.configure().addConfiguration(NewsdeskConfiguration.class);
        try {
            main.start();
        } catch (Exception e) {
            throw new IllegalStateException("newsdesk did not start", e);
        }
        return new RunningNewsdesk(main);
    }

    public CamelContext context() {
        return main.getCamelContext();
    }

    public <T> T bean(String name, Class<T> type) {
        return context().getRegistry().lookupByNameAndType(name, type);
    }

    @Override
    public void close() {
        main.stop();
    }
}
