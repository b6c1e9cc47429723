package org.newsdesk.ops;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads a route file of {@code routes/} when an operator saves it, but only once it has been read
 * and checked against the YAML DSL schema: a file that does not parse or validate is rejected with
 * the file, the line and what is wrong, and the routes already running keep running. (Camel's own
 * route reload removes the running routes before it loads the new file.) Only the routes of the saved
 * file are replaced; the others are not touched.
 */
public final class RouteFileWatcher extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(RouteFileWatcher.class);
    private static final String SUFFIX = ".camel.yaml";
    /** Editors save in several writes: wait this long after the last change before reading. */
    private static final long SETTLE_MILLIS = 300;

    private final CamelContext context;
    private final Path folder;
    private final RouteFileCheck check = new RouteFileCheck();
    private final List<RouteFileProblem> rejections = new CopyOnWriteArrayList<>();
    private final List<String> reloaded = new CopyOnWriteArrayList<>();
    private WatchService watcher;
    private ExecutorService thread;

    public RouteFileWatcher(CamelContext context, Path folder) {
        this.context = context;
        this.folder = folder;
    }

    /** Every problem that kept a saved file from being loaded, oldest first. */
    public List<RouteFileProblem> rejections() {
        return List.copyOf(rejections);
    }

    /** The files reloaded so far, oldest first. */
    public List<String> reloaded() {
        return List.copyOf(reloaded);
    }

    @Override
    protected void doStart() throws IOException {
        watcher = FileSystems.getDefault().newWatchService();
        folder.register(watcher, ENTRY_CREATE, ENTRY_MODIFY);
        thread = context.getExecutorServiceManager().newSingleThreadExecutor(this, "route-file-watcher");
        thread.submit(this::watch);
        LOG.info("Watching {} for changed route files (*{})", folder, SUFFIX);
    }

    @Override
    protected void doStop() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
        if (thread != null) {
            context.getExecutorServiceManager().shutdownNow(thread);
        }
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                Set<String> changed = new TreeSet<>();
                collect(key, changed);
                // gather the rest of this save before reading
                WatchKey more;
                while ((more = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    collect(more, changed);
                }
                for (String name : changed) {
                    reload(folder.resolve(name));
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // stopping
        }
    }

    private static void collect(WatchKey key, Set<String> changed) {
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.context() instanceof Path p && p.toString().endsWith(SUFFIX)) {
                changed.add(p.toString());
            }
        }
        key.reset();
    }

    /** Checks the file and, only when it is sound, replaces the routes it defines. */
    void reload(Path file) {
        String name = folder.getFileName() + "/" + file.getFileName();
        if (!Files.isRegularFile(file)) {
            return;
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            reject(new RouteFileProblem(name, 0, "cannot be read: " + e.getMessage()));
            return;
        }
        List<RouteFileProblem> problems = check.check(name, text);
        if (!problems.isEmpty()) {
            problems.forEach(this::reject);
            return;
        }
        try {
            Resource resource = ResourceHelper.resolveMandatoryResource(context, "file:" + file.toAbsolutePath());
            Set<String> ids = PluginHelper.getRoutesLoader(context).updateRoutes(Set.of(resource));
            reloaded.add(name);
            LOG.info("Route file {} reloaded: routes {}", name, ids);
        } catch (Exception e) {
            reject(new RouteFileProblem(name, 0, "Camel could not load it: " + e.getMessage()));
        }
    }

    private void reject(RouteFileProblem problem) {
        rejections.add(problem);
        LOG.error(
                "Route file {} rejected, line {}: {}. The routes already running keep running; fix the file and save it again.",
                problem.file(),
                problem.line(),
                problem.message());
    }
}
