package org.newsdesk.app;

import java.lang.management.ManagementFactory;

/** Who claims ledger rows: host and process id, so rows left by a dead process can be told apart. */
final class ProcessName {

    private ProcessName() {
    }

    static String current() {
        return ManagementFactory.getRuntimeMXBean().getName();
    }
}
