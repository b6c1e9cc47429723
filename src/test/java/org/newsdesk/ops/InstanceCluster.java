package org.newsdesk.ops;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.newsdesk.deliver.SmtpPeer;
import org.newsdesk.store.Database;
import org.newsdesk.store.ItemStore;
import org.newsdesk.testing.RunningNewsdesk;

/**
 * Several {@code newsdesk run} processes on one real PostgreSQL, sharing the inbox, archive and
 * cluster folders as instances on shared storage would; an SMTP peer that counts mails per recipient
 * and a GreenMail mailbox for mailed notes, both in the test's JVM. Officers drop and mail notes on a
 * thread of their own while the test kills or stops instances.
 */
final class InstanceCluster implements AutoCloseable {

    static final String PUBLICATION = "china-asean";
    static final String DATABASE = "newsdesk_cluster";

    final Path work;
    final Duration lease;
    final EmbeddedPostgres postgres;
    final SmtpPeer smtp;
    final GreenMail mailbox;
    final String url;
    final ZonedDateTime fire;
    private final Path shared;
    private final Path publications;
    private final List<Instance> instances = new ArrayList<>();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicBoolean officersAtWork = new AtomicBoolean();
    private final AtomicInteger filedNotes = new AtomicInteger();
    private final AtomicInteger mailedNotes = new AtomicInteger();
    private Thread officers;
    private final GreenMailUser officer;

    /** One {@code newsdesk run}: its process, log and HTTP port. */
    record Instance(int number, Process process, Path log, int port) {
        long pid() {
            return process.pid();
        }

        boolean alive() {
            return process.isAlive();
        }
    }

    /** Starts the database, the mail peers and the shared folders; the schedule fires {@code lead} from now. */
    InstanceCluster(Path work, Duration lead, Duration lease) throws Exception {
        this.work = work;
        this.lease = lease;
        this.postgres = EmbeddedPostgres.builder().start();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + DATABASE);
        }
        this.url = postgres.getJdbcUrl("postgres", DATABASE);
        this.smtp = new SmtpPeer();
        int imap = freePort();
        int mailSmtp = freePort();
        this.mailbox = new GreenMail(new ServerSetup[] {
            new ServerSetup(mailSmtp, "127.0.0.1", "smtp"), new ServerSetup(imap, "127.0.0.1", "imap")
        });
        this.officer = mailbox.setUser("notes@newsdesk.test", "notes", "secret");
        mailbox.start();
        this.shared = work.resolve("shared");
        for (String folder : List.of("inbox", "processed", "failed", "archive", "cluster")) {
            Files.createDirectories(shared.resolve(folder));
        }
        this.fire = ZonedDateTime.now(ZoneOffset.UTC).plus(lead).withNano(0);
        this.publications = RunningNewsdesk.profileWithSchedule(
                work.resolve("publications"),
                PUBLICATION,
                fire.getSecond() + " " + fire.getMinute() + " " + fire.getHour() + " * * ?",
                "UTC");
        Files.createDirectories(work.resolve("no-subscriber-files"));
    }

    /** Migrates the store, puts one item waiting for the issue and {@code count} active subscribers in it. */
    void seed(int count) throws Exception {
        try (Database db = Database.open(url, "postgres", null)) {
            new ItemStore(db).save(TestItems.pending("itm-waiting"));
        }
        try (Connection c = connection();
                PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO subscribers (publication, address, name, language, status, changed_at)"
                                + " VALUES (?, ?, ?, 'en', 'active', ?)")) {
            Timestamp before = Timestamp.from(Instant.now().minusSeconds(3600));
            for (int i = 1; i <= count; i++) {
                ps.setString(1, PUBLICATION);
                ps.setString(2, reader(i));
                ps.setString(3, "Reader " + i);
                ps.setTimestamp(4, before);
                ps.addBatch();
                if (i % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    static String reader(int i) {
        return "reader" + i + "@example.org";
    }

    Instance start() throws IOException {
        int number = instances.size() + 1;
        Path dir = work.resolve("instance-" + number);
        Files.createDirectories(dir);
        Path log = dir.resolve("newsdesk.log");
        int port = freePort();
        Map<String, String> settings = new HashMap<>();
        settings.put("newsdesk.work-dir", dir.toString());
        settings.put("newsdesk.http.port", Integer.toString(port));
        settings.put("newsdesk.publications-dir", publications.toString());
        settings.put(
                "newsdesk.subscribers-dir", work.resolve("no-subscriber-files").toString());
        settings.put("newsdesk.routes.reload-enabled", "false");
        settings.put("newsdesk.schedule.misfire-threshold-millis", "1000");
        // what instances share: the folders on shared storage
        for (String folder : List.of("inbox", "processed", "failed", "archive")) {
            settings.put("newsdesk." + folder + "-dir", shared.resolve(folder).toString());
        }
        settings.put("newsdesk.cluster.dir", shared.resolve("cluster").toString());
        settings.put("newsdesk.cluster.lease-millis", Long.toString(lease.toMillis()));
        settings.put("newsdesk.cluster.beat-millis", "1000");
        settings.put("newsdesk.smtp.host", "127.0.0.1");
        settings.put("newsdesk.smtp.port", Integer.toString(smtp.port()));
        settings.put("newsdesk.smtp.security", "none");
        // every instance joins a send in progress within two seconds
        settings.put("newsdesk.deliver.resume-first-millis", "1000");
        settings.put("newsdesk.deliver.resume-every-millis", "2000");
        settings.put("newsdesk.deliver.progress-every", "2s");
        settings.put("newsdesk.unsubscribe.secret", "a-cluster-test-secret-of-some-length");
        settings.put("newsdesk.public-url", "https://news.example.org");
        settings.put("newsdesk.mailbox.host", "127.0.0.1");
        settings.put(
                "newsdesk.mailbox.port",
                Integer.toString(mailbox.getImap().getServerSetup().getPort()));
        settings.put("newsdesk.mailbox.protocol", "imap");
        settings.put("newsdesk.mailbox.user", "notes");
        settings.put("newsdesk.mailbox.password", "secret");
        settings.put("newsdesk.mailbox.reply-from", "notes@newsdesk.test");
        settings.put("newsdesk.mailbox.poll-millis", "500");
        settings.put("newsdesk.intake.poll-millis", "500");
        settings.put("newsdesk.intake.min-age-millis", "300");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "-Dcamel.server.port=" + port,
                "-Dcamel.management.port=" + port));
        settings.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("org.newsdesk.cli.NewsdeskCommand", "run"));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("NEWSDESK_HOME", RunningNewsdesk.HOME.toString());
        pb.environment().put("NEWSDESK_DB_URL", url);
        pb.environment().put("NEWSDESK_DB_USER", "postgres");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        Instance instance = new Instance(number, pb.start(), log, port);
        instances.add(instance);
        return instance;
    }

    List<Instance> instances() {
        return instances;
    }

    List<Instance> alive() {
        return instances.stream().filter(Instance::alive).toList();
    }

    /** {@code /observe/health} of the instance, with every check's message; empty while it does not answer. */
    Optional<HttpResponse<String>> health(Instance instance) {
        try {
            return Optional.of(http.send(
                    HttpRequest.newBuilder(URI.create(
                                    "http://127.0.0.1:" + instance.port() + "/observe/health?exposureLevel=full"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    boolean healthy(Instance instance) {
        return health(instance).map(r -> r.statusCode() == 200).orElse(false);
    }

    void awaitHealthy(Duration within) {
        await().atMost(within)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> alive().stream().allMatch(this::healthy));
    }

    /** The instance the store says leads {@code route} now (one that beat in the last three seconds). */
    Optional<Instance> leaderOf(String route) throws SQLException {
        try (Connection c = connection();
                PreparedStatement ps =
                        c.prepareStatement("SELECT id, leads FROM instances WHERE seen_at > ? ORDER BY seen_at DESC")) {
            ps.setTimestamp(1, Timestamp.from(Instant.now().minusSeconds(3)));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (List.of(rs.getString(2).split(",")).contains(route)) {
                        long pid = Long.parseLong(rs.getString(1).split("/")[1]);
                        Optional<Instance> leader =
                                alive().stream().filter(i -> i.pid() == pid).findFirst();
                        if (leader.isPresent()) {
                            return leader;
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Starts officers filing a note in the inbox and mailing one, in turn, every {@code every}. */
    void officersStart(Duration every) {
        officersAtWork.set(true);
        officers = new Thread(
                () -> {
                    int n = 0;
                    while (officersAtWork.get()) {
                        n++;
                        try {
                            if (n % 2 == 1) {
                                fileNote(filedNotes.incrementAndGet());
                            } else {
                                mailNote(mailedNotes.incrementAndGet());
                            }
                            Thread.sleep(every.toMillis());
                        } catch (InterruptedException e) {
                            return;
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                },
                "officers");
        officers.start();
    }

    /** Stops the officers; returns how many notes they filed and mailed in all. */
    int officersStop() throws InterruptedException {
        officersAtWork.set(false);
        officers.join();
        return filedNotes.get() + mailedNotes.get();
    }

    int filedNotes() {
        return filedNotes.get();
    }

    int mailedNotes() {
        return mailedNotes.get();
    }

    private void fileNote(int n) throws IOException {
        Path target = shared.resolve("inbox").resolve("filed-" + n + ".md");
        Path part = target.resolveSibling(target.getFileName() + ".part");
        Files.writeString(part, note("Filed", n));
        Files.move(part, target);
    }

    private void mailNote(int n) {
        GreenMailUtil.sendTextEmail(
                "notes@newsdesk.test",
                "officer@example.org",
                "Roundtable notes " + n,
                note("Mailed", n),
                mailbox.getSmtp().getServerSetup());
    }

    private static String note(String how, int n) {
        return """
                ---
                publication: china-asean
                title: %s roundtable %d on river basins
                date: 2026-11-20
                format: online
                ---

                ## Li Lei — Director, FECO

                Cooperation on river basin %d matters.
                """.formatted(how, n, n);
    }

    /** Mails still unread in the notes mailbox's INBOX. */
    int mailboxWaiting() throws Exception {
        return mailbox.getManagers().getImapHostManager().getInbox(officer).getMessageCount();
    }

    /** Files still waiting in the shared inbox. */
    long inboxFiles() throws IOException {
        try (Stream<Path> files = Files.walk(shared.resolve("inbox"))) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    long processedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(shared.resolve("processed"))) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    long failedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(shared.resolve("failed"))) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    Connection connection() throws SQLException {
        return postgres.getDatabase("postgres", DATABASE).getConnection();
    }

    int count(String sql, Object... args) throws SQLException {
        try (Connection c = connection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Lines of every instance's log that contain {@code text}. */
    List<String> logLines(String text) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Instance i : instances) {
            if (Files.exists(i.log())) {
                Files.readAllLines(i.log()).stream()
                        .filter(l -> l.contains(text))
                        .map(l -> "instance " + i.number() + ": " + l)
                        .forEach(lines::add);
            }
        }
        return lines;
    }

    /** Prints what a person would look at first: files left in the shared folders, each instance's warnings. */
    void report() throws IOException {
        for (String folder : List.of("inbox", "failed")) {
            try (Stream<Path> files = Files.walk(shared.resolve(folder))) {
                files.filter(Files::isRegularFile).forEach(f -> System.out.println(folder + " holds " + f));
            }
        }
        for (Instance i : instances) {
            List<String> lines = Files.exists(i.log()) ? Files.readAllLines(i.log()) : List.of();
            System.out.println("instance " + i.number() + " (pid " + i.pid() + ", alive " + i.alive() + "), "
                    + lines.size() + " log lines; its warnings and errors:");
            lines.stream()
                    .filter(l -> l.contains("WARN") || l.contains("ERROR") || l.contains("Exception"))
                    .limit(60)
                    .forEach(l -> System.out.println("  " + l));
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        officersAtWork.set(false);
        for (Instance i : instances) {
            i.process().destroy();
        }
        for (Instance i : instances) {
            i.process().waitFor();
        }
        mailbox.stop();
        smtp.close();
        postgres.close();
    }
}
