package org.newsdesk.testing;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Reads an Atom feed back with a parser that is not ours: Python's feedparser (Debian's {@code python3-feedparser},
 * which {@code .ci/run} installs), run by {@code src/test/resources/feeds/parse_feed.py}. Nothing is fetched: the feed
 * goes to the script on its standard input.
 *
 * <p>Debian's package serves Debian's interpreter, {@code /usr/bin/python3}, which need not be the first
 * {@code python3} on the PATH (a pyenv one may come first): the first of the two that can import feedparser runs
 * the script.
 */
public final class AtomFeedCheck {

    static final String MISSING =
            "python3-feedparser is not installed: apt-get install python3-feedparser; feed checks skipped";

    private static final List<String> INTERPRETERS = List.of("/usr/bin/python3", "python3");
    private static final String SCRIPT = "/feeds/parse_feed.py";
    private static final long TIMEOUT_SECONDS = 60;
    private static final ObjectMapper JSON = new ObjectMapper();

    private AtomFeedCheck() {}

    /** What feedparser understood of a feed. {@code bozo} is its word for a feed that is broken (not well formed). */
    public record Parsed(
            boolean bozo, @JsonProperty("bozo_exception") String bozoException, Feed feed, List<Entry> entries) {}

    /** The feed's own elements; a missing one is null. */
    public record Feed(String title, String id, String updated) {}

    /** One entry; {@code link} is its alternate link, {@code enclosures} its {@code rel="enclosure"} links. */
    public record Entry(
            String title, String id, String link, String updated, String summary, List<Enclosure> enclosures) {}

    public record Enclosure(String href, String type) {}

    /**
     * Skips the calling test when no python3 here can import feedparser. Call it from the test or a
     * {@code @BeforeEach}: a skip raised in {@code @BeforeAll} is not reported as one by Surefire.
     */
    public static void assumeAvailable() {
        Assumptions.assumeTrue(Interpreter.PATH.isPresent(), MISSING);
    }

    /** The feed as feedparser reads it; fails (rather than skips) when feedparser is missing. */
    public static Parsed parse(String atomXml) {
        String python = Interpreter.PATH.orElseThrow(() -> new IllegalStateException(MISSING));
        try {
            Process process = new ProcessBuilder(python, script().toString()).start();
            CompletableFuture<byte[]> stdout = drain(process.getInputStream());
            CompletableFuture<byte[]> stderr = drain(process.getErrorStream());
            try (OutputStream in = process.getOutputStream()) {
                in.write(atomXml.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the script ended before reading it all: its exit code and stderr say why
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(SCRIPT + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
            String out = new String(stdout.join(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(SCRIPT + " exited with " + process.exitValue() + ": "
                        + new String(stderr.join(), StandardCharsets.UTF_8));
            }
            return JSON.readValue(out, Parsed.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + SCRIPT + " ran", e);
        }
    }

    private static CompletableFuture<byte[]> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return stream.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Path script() {
        URL url = AtomFeedCheck.class.getResource(SCRIPT);
        if (url == null) {
            throw new IllegalStateException(SCRIPT + " is not on the test class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The interpreter that can import feedparser, looked for once. */
    private static final class Interpreter {

        static final Optional<String> PATH =
                INTERPRETERS.stream().filter(Interpreter::importsFeedparser).findFirst();

        private static boolean importsFeedparser(String python) {
            try {
                Process p = new ProcessBuilder(python, "-c", "import feedparser")
                        .redirectErrorStream(true)
                        .start();
                p.getOutputStream().close();
                p.getInputStream().readAllBytes();
                return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException e) {
                return false; // no such interpreter
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
