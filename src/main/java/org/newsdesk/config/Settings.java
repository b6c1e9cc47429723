package org.newsdesk.config;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.PropertiesComponent;

/**
 * The settings newsdesk reads from {@code config/application.properties} (and anything that overrides
 * it: system properties, environment). Folders are resolved against {@code newsdesk.work-dir}.
 */
public final class Settings {

    private final PropertiesComponent properties;
    private final Path workDir;

    public Settings(CamelContext context) {
        this.properties = context.getPropertiesComponent();
        this.workDir = Path.of(get("newsdesk.work-dir", ".")).toAbsolutePath().normalize();
    }

    public String get(String key, String fallback) {
        return properties
                .resolveProperty(key)
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .orElse(fallback);
    }

    public int getInt(String key, int fallback) {
        return Integer.parseInt(get(key, Integer.toString(fallback)));
    }

    public long getLong(String key, long fallback) {
        return Long.parseLong(get(key, Long.toString(fallback)));
    }

    public Duration getDuration(String key, Duration fallback) {
        String v = get(key, null);
        if (v != null && v.matches("\\d+\\s*d")) {
            return Duration.ofDays(Long.parseLong(v.replaceAll("\\D", "")));
        }
        if (v != null && v.endsWith("ms")) {
            return Duration.ofMillis(
                    Long.parseLong(v.substring(0, v.length() - 2).strip()));
        }
        return v == null ? fallback : Duration.parse(v.startsWith("P") ? v : "PT" + v.toUpperCase());
    }

    /** A folder setting, relative to the work folder unless absolute. */
    public Path folder(String key, String fallback) {
        Path p = Path.of(get(key, fallback));
        if (p.isAbsolute()) {
            return p.normalize();
        }
        // "{{newsdesk.work-dir}}/inbox" with a relative work folder already starts with it: the routes read it
        // from the current folder, and so must the beans, or they would watch work/work/inbox
        Path given = Path.of(get("newsdesk.work-dir", "."));
        boolean underWorkDir = !given.isAbsolute() && !given.toString().equals(".") && p.startsWith(given);
        return (underWorkDir ? p.toAbsolutePath() : workDir.resolve(p)).normalize();
    }

    public Path workDir() {
        return workDir;
    }
}
