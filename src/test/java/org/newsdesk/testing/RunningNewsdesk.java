package org.newsdesk.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;
import org.newsdesk.cli.Workspace;

/**
 * A newsdesk service started exactly as the launcher starts it ({@link Workspace#main}: settings from
 * config/application.properties, routes from routes/), with a work folder of its own and the settings
 * a test overrides. Stop and start it again on the same work folder to test a restart.
 */
public final class RunningNewsdesk implements AutoCloseable {

    public static final Path HOME = Path.of("").toAbsolutePath();

    private final Main main;

    private RunningNewsdesk(Main main) {
        this.main = main;
    }

    /** Fast polling, no HTTP or management server, no mail servers: the outbox for mail. */
    public static Map<String, String> quiet(Path work) {
        Map<String, String> p = new HashMap<>();
        p.put("newsdesk.work-dir", work.toString());
        p.put("newsdesk.db.url", "");
        // the demo's example lists: a running service imports config/subscribers/, which ships empty
        p.put("newsdesk.subscribers-dir", HOME.resolve("examples/subscribers").toString());
        p.put("newsdesk.smtp.host", "");
        p.put("newsdesk.mailbox.host", "");
        p.put("newsdesk.intake.min-age-millis", "100");
        p.put("newsdesk.intake.poll-millis", "100");
        p.put("camel.server.enabled", "false");
        p.put("camel.management.enabled", "false");
        p.put("camel.management.health-check-enabled", "false");
        p.put("camel.management.metrics-enabled", "false");
        p.put("camel.metrics.enabled", "false");
        p.put("newsdesk.schedule.misfire-threshold-millis", "1000");
        return p;
    }

    /**
     * Quiet, without schedules, with the HTTP server (desk, readers' pages, editor API) on {@code port}
     * (0: any free port, read back with {@link #httpPort()}).
     */
    public static Map<String, String> withHttp(Path work, int port) {
        Map<String, String> p = quiet(work);
        p.put("camel.server.enabled", "true");
        p.put("newsdesk.http.port", Integer.toString(port));
        p.put("camel.server.port", Integer.toString(port));
        p.put("camel.management.port", Integer.toString(port));
        p.put("newsdesk.schedule.enabled", "false");
        return p;
    }

    /** The port the HTTP server listens on. */
    public int httpPort() {
        return context()
                .hasServices(org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer.class)
                .iterator()
                .next()
                .getPort();
    }

    /** Quiet, without schedules, {@code extra} winning: for intake and delivery tests. */
    public static RunningNewsdesk start(Path work, Map<String, String> extra) {
        Map<String, String> settings = quiet(work);
        settings.put("newsdesk.schedule.enabled", "false");
        settings.putAll(extra);
        return start(settings);
    }

    public static RunningNewsdesk start(Map<String, String> settings) {
        return start(settings, Map.of());
    }

    /** With beans bound before Camel starts (event notifiers, for example). */
    public static RunningNewsdesk start(Map<String, String> settings, Map<String, Object> beans) {
        Main main = Workspace.main(HOME, settings, true);
        beans.forEach(main::bind);
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

    /** The publication profile {@code id} of config/publications alone in {@code folder}, with its schedule replaced. */
    public static Path profileWithSchedule(Path folder, String id, String cron, String timeZone) throws IOException {
        Files.createDirectories(folder);
        String yaml = Files.readString(HOME.resolve("config/publications/" + id + ".yaml"));
        yaml = yaml.replaceAll("(?m)^  cron: .*$", "  cron: \"" + cron + "\"")
                .replaceAll("(?m)^  time_zone: .*$", "  time_zone: " + timeZone);
        Files.writeString(folder.resolve(id + ".yaml"), yaml);
        return folder;
    }

    /** Copies an example note into the inbox (through a temporary name, as a person's copy would end). */
    public static void dropNote(Path work, String example) throws IOException {
        Path source = HOME.resolve("examples/inbox").resolve(example);
        Path target = work.resolve("inbox").resolve(example);
        Files.createDirectories(target.getParent());
        Path part = target.resolveSibling(target.getFileName() + ".part");
        Files.copy(source, part);
        Files.move(part, target);
    }
}
