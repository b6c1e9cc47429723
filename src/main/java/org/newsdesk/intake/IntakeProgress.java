package org.newsdesk.intake;

import java.time.Duration;
import org.newsdesk.deliver.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of a poll of the inbox: when many notes are dropped at once, the log shows how many of the
 * batch are read, the rate and the time left.
 */
public class IntakeProgress {

    private static final Logger LOG = LoggerFactory.getLogger(IntakeProgress.class);
    private static final int REPORT_FROM = 20;

    private Progress current;

    /** Called once per note with the file consumer's batch index (0-based) and size. */
    public synchronized void step(int index, int size) {
        if (size < REPORT_FROM) {
            return;
        }
        if (index == 0 || current == null) {
            current = new Progress("Reading notes", size, Duration.ofSeconds(5), LOG::info);
        }
        current.step();
    }
}
