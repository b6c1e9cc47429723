package org.newsdesk.ops;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.support.service.ServiceSupport;
import org.newsdesk.shared.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads a route file of {@code routes/} when an operator saves it, all or nothing. The file is read
 * once; those bytes are checked against the YAML DSL schema, then loaded by Camel into a throw-away
 * context that resolves beans, endpoints, placeholders and route ids ({@link RouteFileTrial}), and only
 * then the same bytes replace the routes the file defines. A file that fails any step is rejected with
 * the file, the line and what to write, the routes already running are not touched, and the
 * {@code routes-reload} health check is down until the file is fixed. (Camel's own route reload
 * removes the running routes before it loads the new file.)
 */
public final class RouteFileWatcher extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(RouteFileWatcher.class);
    private static final String SUFFIX = ".camel.yaml";
    /** Editors save in several writes: wait until the folder has been quiet this long before reading. */
    private static final long SETTLE_MILLIS = 300;

    private final CamelContext context;
    private final Path folder;
    private final RouteFileCheck check = new RouteFileCheck();
    private final RouteFileTrial trial;
    private final List<RouteFileProblem> rejections = new CopyOnWriteArrayList<>();
    private final List<String> reloaded = new CopyOnWriteArrayList<>();
    private final List<String> versionsRead = new CopyOnWriteArrayList<>();
    /** Per file, the problems of its last save; no entry once it loads. */
    private final Map<String, List<RouteFileProblem>> outstanding = new ConcurrentHashMap<>();
    /** Per file, the text now running (read at start or last loaded), to restore if a swap fails. */
    private final Map<String, String> running = new ConcurrentHashMap<>();
    /** Per file, the SHA-256 of the last version checked: a save that changes nothing is not read again. */
    private final Map<String, String> lastChecked = new ConcurrentHashMap<>();

    private WatchService watcher;
    private ExecutorService thread;

    public RouteFileWatcher(CamelContext context, Path folder) {
        this.context = context;
        this.folder = folder;
        this.trial = new RouteFileTrial(context);
    }

    /** Every problem that kept a saved file from being loaded, oldest first. */
    public List<RouteFileProblem> rejections() {
        return List.copyOf(rejections);
    }

    /** The files reloaded so far, oldest first. */
    public List<String> reloaded() {
        return List.copyOf(reloaded);
    }

    /** The name of the watched folder ({@code routes}). */
    public String folderName() {
        return folder.getFileName().toString();
    }

    /** The SHA-256 of every version of a route file read since start, oldest first. */
    public List<String> versionsRead() {
        return List.copyOf(versionsRead);
    }

    /** The problems of the files whose last save was rejected, by file; empty when every saved file runs. */
    public Map<String, List<RouteFileProblem>> outstanding() {
        return new LinkedHashMap<>(new java.util.TreeMap<>(outstanding));
    }

    @Override
    protected void doStart() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(SUFFIX)).toList()) {
                try {
                    byte[] bytes = Files.readAllBytes(f);
                    running.put(name(f), new String(bytes, StandardCharsets.UTF_8));
                    lastChecked.put(name(f), Sha256.hex(bytes));
                } catch (IOException e) {
                    // read when it is next saved
                }
            }
        }
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
                    try {
                        reload(folder.resolve(name));
                    } catch (RuntimeException e) {
                        // the watcher must outlive any one file
                        LOG.error("Route file {} could not be checked: {}", name, e.toString());
                    }
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

    private String name(Path file) {
        return folder.getFileName() + "/" + file.getFileName();
    }

    /** Reads the file once and, only when those bytes pass every check, replaces the routes they define. */
    void reload(Path file) {
        String name = name(file);
        if (!Files.isRegularFile(file)) {
            return;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            reject(name, List.of(new RouteFileProblem(name, 1, "cannot be read: " + e.getMessage())));
            return;
        }
        String hash = Sha256.hex(bytes);
        versionsRead.add(hash);
        if (hash.equals(lastChecked.put(name, hash))) {
            return;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            reject(name, List.of(new RouteFileProblem(name, 1, "is not UTF-8 text: save it as UTF-8")));
            return;
        }
        List<RouteFileProblem> problems = check.check(name, text);
        String location = "file:" + file.toAbsolutePath();
        if (problems.isEmpty()) {
            problems = trial.problems(name, location, text);
        }
        if (!problems.isEmpty()) {
            reject(name, problems);
            return;
        }
        try {
            Set<String> ids = swap(location, text);
            running.put(name, text);
            outstanding.remove(name);
            reloaded.add(name);
            LOG.info("Route file {} reloaded (sha256 {}): routes {}", name, hash.substring(0, 12), ids);
        } catch (Exception e) {
            String before = running.get(name);
            if (before != null) {
                try {
                    swap(location, before);
                } catch (Exception again) {
                    LOG.error(
                            "Route file {}: the routes that ran before could not be restored: {}",
                            name,
                            again.toString());
                }
            }
            reject(name, List.of(new RouteFileProblem(name, 1, "Camel could not start its routes: " + e.getMessage())));
        }
    }

    private Set<String> swap(String location, String text) throws Exception {
        return PluginHelper.getRoutesLoader(context).updateRoutes(Set.of(ResourceHelper.fromString(location, text)));
    }

    private void reject(String name, List<RouteFileProblem> problems) {
        outstanding.put(name, List.copyOf(problems));
        for (RouteFileProblem problem : problems) {
            rejections.add(problem);
            LOG.error(
                    "Route file {} rejected{}: {}. The routes already running keep running; fix the file and save it again.",
                    problem.file(),
                    problem.line() > 0 ? ", line " + problem.line() : "",
                    problem.message());
        }
    }
}
