package org.newsdesk.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.stream.Stream;
import org.newsdesk.shared.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of reading a large drop of notes: how many are read, the rate and the time left. The file
 * consumer hands notes over in batches (at most {@code newsdesk.intake.max-per-poll} per look), so
 * the total is what was waiting in the inbox when the first batch of the drop began, and one report
 * runs on across the batches until that many notes are read.
 */
public class IntakeProgress {

    private static final Logger LOG = LoggerFactory.getLogger(IntakeProgress.class);
    private static final int REPORT_FROM = 20;

    private final IntSupplier waiting;
    private final Duration every;
    private final Consumer<String> sink;
    private Progress current;
    private int total;

    /** @param waiting how many notes wait in the inbox now (this batch included) */
    public IntakeProgress(IntSupplier waiting, Duration every, Consumer<String> sink) {
        this.waiting = waiting;
        this.every = every;
        this.sink = sink;
    }

    public IntakeProgress(Path inbox) {
        this(() -> countNotes(inbox), Duration.ofSeconds(5), LOG::info);
    }

    /** Called once per note with the file consumer's batch index (0-based) and size. */
    public synchronized void step(int index, int size) {
        if (index == 0) {
            int waitingNow = Math.max(size, waiting.getAsInt());
            // a batch that fits in what the current drop still expects is that drop's next batch
            boolean sameDrop = current != null && current.done() + waitingNow <= total;
            if (!sameDrop) {
                total = waitingNow;
                current = total >= REPORT_FROM ? new Progress("Reading notes", total, every, sink) : null;
            }
        }
        if (current != null) {
            current.step();
            if (current.done() >= total) {
                current = null;
            }
        }
    }

    /** As the route's exclude pattern: hidden, partial and lock files are not notes. */
    static boolean isNote(String name) {
        return !name.startsWith(".")
                && !name.startsWith("~$")
                && !name.matches(".*\\.(tmp|part|crdownload|swp|camelLock)");
    }

    static int countNotes(Path inbox) {
        if (!Files.isDirectory(inbox)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(inbox)) {
            return (int) all.filter(Files::isRegularFile)
                    .filter(p -> isNote(p.getFileName().toString()))
                    .count();
        } catch (IOException | UncheckedIOException e) {
            // a file moved away while counting: the batch size alone still gives a report
            return 0;
        }
    }
}
