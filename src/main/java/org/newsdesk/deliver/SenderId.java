package org.newsdesk.deliver;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Optional;

/**
 * Who claimed a ledger row: host, process id and the process's start time. The start time tells a
 * restarted process from a dead one even when the operating system hands out the same pid again
 * (pid 1 in every container start).
 */
public record SenderId(String host, long pid, long startedMillis) {

    public static SenderId current() {
        ProcessHandle self = ProcessHandle.current();
        long started = self.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        return new SenderId(hostName(), self.pid(), started);
    }

    /** The form kept in {@code deliveries.claimed_by}. */
    @Override
    public String toString() {
        return host + "/" + pid + "/" + startedMillis;
    }

    public static Optional<SenderId> parse(String claimedBy) {
        if (claimedBy == null) {
            return Optional.empty();
        }
        String[] parts = claimedBy.split("/");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SenderId(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName().replace("/", "_");
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
