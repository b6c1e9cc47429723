package org.newsdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.testing.RunningNewsdesk;

/**
 * Two `newsdesk run` processes share one PostgreSQL store: the clustered job store fires each
 * scheduled time in one of them only, and one issue is made.
 */
class TwoInstancesTest {

    private static final Pattern PUBLISH_LINE = Pattern.compile("PublishService - Publication china-asean: .*");

    @TempDir
    Path work;

    @Test
    void twoInstancesOnOneDatabaseFireEachScheduledTimeOnce() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            try (Connection c = postgres.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE newsdesk_cluster");
            }
            String url = postgres.getJdbcUrl("postgres", "newsdesk_cluster");
            // an item waits in the shared store before either instance starts
            try (org.newsdesk.store.Database db = org.newsdesk.store.Database.open(url, "postgres", null)) {
                new org.newsdesk.store.ItemStore(db).save(TestItems.pending("itm-shared"));
            }
            ZonedDateTime fire =
                    ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(25).withNano(0);
            Path publications = RunningNewsdesk.profileWithSchedule(
                    work.resolve("publications"),
                    "china-asean",
                    fire.getSecond() + " " + fire.getMinute() + " " + fire.getHour() + " * * ?",
                    "UTC");

            List<Process> instances = new ArrayList<>();
            List<Path> logs = new ArrayList<>();
            try {
                for (int i = 1; i <= 2; i++) {
                    Path dir = work.resolve("instance-" + i);
                    Files.createDirectories(dir);
                    Path log = dir.resolve("newsdesk.log");
                    logs.add(log);
                    ProcessBuilder pb = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx256m",
                            "-cp",
                            System.getProperty("java.class.path"),
                            "-Dnewsdesk.work-dir=" + dir,
                            "-Dnewsdesk.http.port=0",
                            "-Dcamel.server.port=0",
                            "-Dcamel.management.port=0",
                            "-Dnewsdesk.publications-dir=" + publications,
                            "-Dnewsdesk.routes.reload-enabled=false",
                            "-Dnewsdesk.schedule.misfire-threshold-millis=1000",
                            "org.newsdesk.cli.NewsdeskCommand",
                            "run");
                    pb.environment().put("NEWSDESK_HOME", RunningNewsdesk.HOME.toString());
                    pb.environment().put("NEWSDESK_DB_URL", url);
                    pb.environment().put("NEWSDESK_DB_USER", "postgres");
                    pb.redirectErrorStream(true).redirectOutput(log.toFile());
                    instances.add(pb.start());
                }
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> publishLines(logs).size() >= 1 && issues(postgres, "newsdesk_cluster") == 1);
                // the other instance would fire within a second of the same time if it fired at all
                Thread.sleep(5000);
                List<String> lines = publishLines(logs);
                assertThat(lines).as("publish log lines of both instances").hasSize(1);
                assertThat(lines.get(0)).contains("china-asean-" + fire.getYear() + "-1 made");
                assertThat(issues(postgres, "newsdesk_cluster")).isEqualTo(1);
                for (Path log : logs) {
                    assertThat(Files.readString(log))
                            .as("both instances run the schedule")
                            .contains("Publication china-asean scheduled");
                }
            } finally {
                for (Process p : instances) {
                    p.destroy();
                }
                for (Process p : instances) {
                    p.waitFor();
                }
            }
        }
    }

    private static List<String> publishLines(List<Path> logs) throws java.io.IOException {
        List<String> lines = new ArrayList<>();
        for (Path log : logs) {
            if (Files.exists(log)) {
                Matcher m = PUBLISH_LINE.matcher(Files.readString(log));
                while (m.find()) {
                    lines.add(m.group());
                }
            }
        }
        return lines;
    }

    private static int issues(EmbeddedPostgres postgres, String database) throws Exception {
        try (Connection c = postgres.getDatabase("postgres", database).getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM issues")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
