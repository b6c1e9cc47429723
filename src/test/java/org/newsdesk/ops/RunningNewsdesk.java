package org.newsdesk.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;
import org.newsdesk.app.NewsdeskConfiguration;

/**
 * A newsdesk service started the way {@code ./newsdesk run} starts it (settings from
 * config/application.properties, routes from routes/), with a work folder of its own and the
 * settings a test overrides. Stop and start it again on the same work folder to test a restart.
 */
final class RunningNewsdesk implements AutoCloseable {

    static final Path HOME = Path.of("").toAbsolutePath();

    private final Main main;

    private RunningNewsdesk(Main main) {
        this.main = main;
    }

    /** Fast polling, no HTTP, the outbox for mail; {@code overrides} win. */
    static Map<String, String> quiet(Path work) {
        Map<String, String> p = new HashMap<>();
        p.put("newsdesk.work-dir", work.toString());
        p.put("newsdesk.db.url", "");
        p.put("newsdesk.smtp.host", "");
        p.put("newsdesk.intake.min-age-millis", "100");
        p.put("newsdesk.intake.poll-millis", "100");
        p.put("camel.server.enabled", "false");
        p.put("camel.management.enabled", "false");
        p.put("camel.management.health-check-enabled", "false");
        p.put("camel.management.metrics-enabled", "false");
        p.put("camel.metrics.enabled", "false");
        p.put("newsdesk.schedule.misfire-threshold-millis", "1000");
        // without the HTTP server, the HTTP route files cannot start (as for the demo)
        p.put("camel.main.routes-exclude-pattern", "**/unsubscribe.camel.yaml");
        return p;
    }

    static RunningNewsdesk start(Map<String, String> settings) {
        return start(settings, Map.of());
    }

    /** With beans bound before Camel starts (event notifiers, for example). */
    static RunningNewsdesk start(Map<String, String> settings, Map<String, Object> beans) {
        Main main = new Main();
        beans.forEach(main::bind);
        main.setPropertyPlaceholderLocations("file:" + HOME.resolve("config/application.properties"));
        Properties initial = new Properties();
        initial.setProperty("newsdesk.home", HOME.toString());
        main.setInitialProperties(initial);
        Properties override = new Properties();
        override.setProperty("camel.main.routes-include-pattern", "file:" + HOME.resolve("routes") + "/*.camel.yaml");
        override.putAll(settings);
        main.setOverrideProperties(override);
        main.configure().addConfiguration(NewsdeskConfiguration.class);
        try {
            main.start();
        } catch (Exception e) {
            throw new IllegalStateException("newsdesk did not start", e);
        }
        return new RunningNewsdesk(main);
    }

    CamelContext context() {
        return main.getCamelContext();
    }

    <T> T bean(String name, Class<T> type) {
        return context().getRegistry().lookupByNameAndType(name, type);
    }

    @Override
    public void close() {
        try {
            main.stop();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The publication profiles of config/publications, only {@code id}, with its schedule replaced. */
    static Path profileWithSchedule(Path folder, String id, String cron, String timeZone) throws IOException {
        Files.createDirectories(folder);
        String yaml = Files.readString(HOME.resolve("config/publications/" + id + ".yaml"));
        yaml = yaml.replaceAll("(?m)^  cron: .*$", "  cron: \"" + cron + "\"").replaceAll("(?m)^  time_zone: .*$", "  time_zone: " + timeZone);
        Files.writeString(folder.resolve(id + ".yaml"), yaml);
        return folder;
    }

    /** Copies an example note into the inbox (through a temporary name, as a person's copy would end). */
    static void dropNote(Path work, String example) throws IOException {
        Path source = HOME.resolve("examples/inbox").resolve(example);
        Path target = work.resolve("inbox").resolve(example);
        Files.createDirectories(target.getParent());
        Path part = target.resolveSibling(target.getFileName() + ".part");
        Files.copy(source, part);
        Files.move(part, target);
    }
}
