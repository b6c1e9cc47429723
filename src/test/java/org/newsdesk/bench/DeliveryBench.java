package org.newsdesk.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.deliver.DeliveryWorld;
import org.newsdesk.deliver.NewsletterMail;
import org.newsdesk.deliver.UnsubscribeTokens;
import org.newsdesk.domain.Subscriber;
import org.newsdesk.render.RenderedIssue;
import org.newsdesk.store.Database;

/**
 * Delivery throughput against Postfix's smtp-sink, next to the physical yardstick: smtp-source (C)
 * sending messages of the same size, over the same number of connections, into the same sink.
 *
 * <p>Usage: {@code DeliveryBench [subscribers=5000] [concurrency=4] [port=2526] [h2|postgres]}; bench/deliver.sh
 * runs it. With {@code postgres} the store is the embedded PostgreSQL the tests use.
 */
public final class DeliveryBench {

    private DeliveryBench() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int port = args.length > 2 ? Integer.parseInt(args[2]) : 2526;
        boolean postgres = args.length > 3 && args[3].equals("postgres");
        Path work = Files.createTempDirectory("newsdesk-bench");
        EmbeddedPostgres server = postgres ? EmbeddedPostgres.builder().start() : null;
        Process sink = new ProcessBuilder("/usr/sbin/smtp-sink", "-u", "nobody", "127.0.0.1:" + port, "256")
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("smtp-sink.log").toFile())
                .start();
        try {
            awaitPort(port);
            Map<String, String> settings = DeliveryWorld.smtpTo(port);
            settings.put("newsdesk.deliver.concurrency", Integer.toString(concurrency));
            settings.put("newsdesk.deliver.resume-first-millis", "3600000");
            settings.put("newsdesk.deliver.progress-every", "5s");
            if (server != null) {
                try (Connection c = server.getPostgresDatabase().getConnection();
                        Statement st = c.createStatement()) {
                    st.execute("CREATE DATABASE newsdesk_bench");
                }
                settings.put("newsdesk.db.url", server.getJdbcUrl("postgres", "newsdesk_bench"));
                settings.put("newsdesk.db.user", "postgres");
            }
            try (DeliveryWorld world = DeliveryWorld.start(work, settings)) {
                Database db = world.bean("database", Database.class);
                addSubscribers(db, "china-asean", 500, "warm");
                addSubscribers(db, "lmec", n, "reader");
                RenderedIssue warmUp = world.publish("china-asean", 1, 2021, 6);
                RenderedIssue issue = world.publish("lmec", 6, 2021, 6);
                int size = messageSize(world, issue);

                world.deliver(warmUp);
                long storeBefore = storeBytes(db, work);
                System.gc();
                MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
                AtomicLong peakHeap = new AtomicLong();
                Thread sampler = new Thread(() -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                        try {
                            Thread.sleep(20);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
                sampler.setDaemon(true);
                sampler.start();
                // with -Dnewsdesk.bench.jfr=FILE (and .jfc settings) the send alone is recorded
                String jfr = System.getProperty("newsdesk.bench.jfr");
                jdk.jfr.Recording recording = null;
                if (jfr != null) {
                    recording = new jdk.jfr.Recording(
                            jdk.jfr.Configuration.create(Path.of(System.getProperty("newsdesk.bench.jfc"))));
                    recording.start();
                }
                long t0 = System.nanoTime();
                world.deliver(issue);
                double seconds = (System.nanoTime() - t0) / 1e9;
                if (recording != null) {
                    recording.stop();
                    recording.dump(Path.of(jfr));
                    recording.close();
                }
                sampler.interrupt();
                Map<String, Integer> counts = world.awaitSettled(issue.issue().id(), Duration.ofSeconds(30));
                double newsdesk = counts.get("sent") / seconds;
                long storeAfter = storeBytes(db, work);

                long s0 = System.nanoTime();
                Process source = new ProcessBuilder(
                                "/usr/sbin/smtp-source",
                                "-d",
                                "-s",
                                Integer.toString(concurrency),
                                "-m",
                                Integer.toString(n),
                                "-l",
                                Integer.toString(size),
                                "-f",
                                "a@bench.example",
                                "-t",
                                "b@bench.example",
                                "127.0.0.1:" + port)
                        .redirectErrorStream(true)
                        .redirectOutput(work.resolve("smtp-source.log").toFile())
                        .start();
                int rc = source.waitFor();
                double sourceSeconds = (System.nanoTime() - s0) / 1e9;
                double yardstick = n / sourceSeconds;

                System.out.printf(
                        "%nRESULT subscribers=%d concurrency=%d message=%d bytes (PDF %d bytes) max-heap=%d MB%n",
                        n,
                        concurrency,
                        size,
                        issue.pdf().length,
                        Runtime.getRuntime().maxMemory() >> 20);
                System.out.printf(
                        "RESULT newsdesk:    %d sent in %.2f s = %.0f msg/s, ledger %s, peak heap used %d MB%n",
                        counts.get("sent"), seconds, newsdesk, counts, peakHeap.get() >> 20);
                System.out.printf(
                        "RESULT smtp-source: %d in %.2f s = %.0f msg/s (exit %d)%n", n, sourceSeconds, yardstick, rc);
                System.out.printf(
                        "RESULT store (%s): %d kB before the send, %d kB after: %.2f kB per mail sent%n",
                        postgres ? "PostgreSQL" : "H2",
                        storeBefore >> 10,
                        storeAfter >> 10,
                        (storeAfter - storeBefore) / 1024.0 / counts.get("sent"));
                System.out.printf("RESULT ratio newsdesk/smtp-source = %.2f%n", newsdesk / yardstick);
            }
        } finally {
            sink.destroy();
            sink.waitFor();
            if (server != null) {
                server.close();
            }
            try (java.util.stream.Stream<Path> all = Files.walk(work)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        System.exit(0);
    }

    /** Active subscribers in one batch, so a list of 100 000 is made in seconds. */
    private static void addSubscribers(Database db, String publication, int count, String prefix) {
        db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO subscribers (publication, address, name, language, status, changed_at)"
                            + " VALUES (?, ?, ?, 'en', 'active', ?)")) {
                Timestamp now = Timestamp.from(Instant.now());
                for (int i = 0; i < count; i++) {
                    ps.setString(1, publication);
                    ps.setString(2, prefix + i + "@bench.example");
                    ps.setString(3, "Reader " + i);
                    ps.setTimestamp(4, now);
                    ps.addBatch();
                    if (i % 1000 == 999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
                return count;
            }
        });
    }

    /** The store's size on disk: H2's file (after a checkpoint), or PostgreSQL's database. */
    private static long storeBytes(Database db, Path work) throws Exception {
        if (db.postgres()) {
            return db.withConnection(c -> {
                try (Statement st = c.createStatement();
                        ResultSet rs = st.executeQuery("SELECT pg_database_size(current_database())")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
        }
        db.withConnection(c -> {
            try (Statement st = c.createStatement()) {
                return st.execute("CHECKPOINT");
            }
        });
        try (java.util.stream.Stream<Path> files = Files.walk(work)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".mv.db"))
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        }
    }

    private static int messageSize(DeliveryWorld world, RenderedIssue issue) throws Exception {
        NewsletterMail mail = new NewsletterMail(
                world.bean("unsubscribeTokens", UnsubscribeTokens.class), "https://news.example.org");
        PublicationProfiles profiles = world.bean("publicationProfiles", PublicationProfiles.class);
        MimeMessage m = mail.compose(
                issue,
                profiles.get("lmec"),
                new Subscriber(1, "lmec", "reader1@bench.example", "Reader 1", "en", "active"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return out.size();
    }

    private static void awaitPort(int port) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (java.io.IOException e) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("smtp-sink did not start on port " + port);
    }
}
