package org.newsdesk.ops;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Down while a saved route file has been rejected: the routes that run are not those on disk, and the
 * next start would fail on that file. The message names each file, its line and what to write.
 */
public final class RouteReloadHealthCheck extends AbstractHealthCheck {

    private final RouteFileWatcher watcher;

    RouteReloadHealthCheck(RouteFileWatcher watcher) {
        super("newsdesk", "routes-reload");
        this.watcher = watcher;
    }

    @Override
    public boolean isLiveness() {
        // a restart would not help: it would load the rejected file
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        Map<String, List<RouteFileProblem>> outstanding = watcher.outstanding();
        if (outstanding.isEmpty()) {
            builder.up();
            return;
        }
        builder.detail("files", String.join(",", outstanding.keySet()));
        builder.message(outstanding.values().stream()
                                .flatMap(List::stream)
                                // Camel's health JSON escapes "/" twice: the folder is said once, in the end
                                .map(p -> p.toString().replaceFirst("^[^/]*/", ""))
                                .collect(Collectors.joining("; "))
                        + " (route files in " + watcher.folderName()
                        + "; the routes that ran before keep running; fix the file and save it again)")
                .down();
    }
}
