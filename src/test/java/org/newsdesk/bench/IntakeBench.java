package org.newsdesk.bench;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newsdesk.domain.ReadLimits;
import org.newsdesk.read.NoteReader;
import org.newsdesk.read.TestNotes;
import org.newsdesk.testing.RunningNewsdesk;

/**
 * Intake throughput in notes per second on a mixed-format folder (.md .txt .html .eml .pdf .docx, UTF-8
 * and GB18030), with a warm JVM: one warm-up round, then measured rounds through the running service
 * (file consumer, read, normalize, store, move), and the read stage alone for comparison.
 * Usage: {@code bench/intake.sh [notes-per-round] [rounds]}.
 */
public final class IntakeBench {

    private IntakeBench() {}

    public static void main(String[] args) throws Exception {
        int notes = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path work = Files.createTempDirectory(Path.of("target"), "intake-bench-");
        List<byte[]> templates = new ArrayList<>();
        List<String> names = new ArrayList<>();
        System.out.printf(
                "newsdesk intake benchmark: %d notes per round, %d measured rounds, %d cores, max heap %d MB%n",
                notes,
                rounds,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        try (RunningNewsdesk newsdesk = RunningNewsdesk.start(work, Map.of("newsdesk.intake.max-per-poll", "500"))) {
            Path inbox = work.resolve("inbox");
            round(work, inbox, "warmup", Math.max(200, notes / 3));
            List<Double> rates = new ArrayList<>();
            for (int r = 1; r <= rounds; r++) {
                rates.add(round(work, inbox, "round" + r, notes));
            }
            rates.sort(Double::compare);
            System.out.printf(
                    "intake (folder → read → normalize → store → move): median %.0f notes/s (min %.0f, max %.0f)%n",
                    rates.get(rates.size() / 2), rates.get(0), rates.get(rates.size() - 1));
        }
        // after the service rounds, so the JIT has seen every reader as often as the service has
        readStageAlone(notes, rounds);
    }

    /** The read stage on its own: bytes in memory to clean text, no Camel, no disk, no store. */
    private static void readStageAlone(int notes, int rounds) throws Exception {
        NoteReader reader = new NoteReader(ReadLimits.defaults());
        List<String[]> batch = new ArrayList<>();
        List<byte[]> bytes = new ArrayList<>();
        for (int i = 0; i < notes; i++) {
            Note n = note("warm", i);
            batch.add(new String[] {n.name()});
            bytes.add(n.bytes());
        }
        for (int warm = 0; warm < 2; warm++) {
            readAll(reader, batch, bytes);
        }
        List<Double> rates = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            readAll(reader, batch, bytes);
            rates.add(notes / ((System.nanoTime() - start) / 1e9));
        }
        rates.sort(Double::compare);
        System.out.printf("read stage alone (bytes → clean text): median %.0f notes/s%n", rates.get(rates.size() / 2));
    }

    private static void readAll(NoteReader reader, List<String[]> names, List<byte[]> bytes) {
        for (int i = 0; i < names.size(); i++) {
            try {
                reader.read(TestNotes.file(names.get(i)[0], bytes.get(i)));
            } catch (RuntimeException refused) {
                // a refusal is a reading too
            }
        }
    }

    private static double round(Path work, Path inbox, String label, int notes) throws Exception {
        Path staging = work.resolve("staging-" + label);
        Files.createDirectories(staging);
        for (int i = 0; i < notes; i++) {
            Note n = note(label, i);
            Files.write(staging.resolve(label + "-" + n.name()), n.bytes());
        }
        long before = handled(work);
        long start = System.nanoTime();
        try (Stream<Path> files = Files.list(staging)) {
            for (Path f : files.toList()) {
                Files.move(f, inbox.resolve(f.getFileName()));
            }
        }
        long seen = before;
        long lastChange = System.nanoTime();
        while (handled(work) - before < notes) {
            long now = handled(work);
            if (now != seen) {
                seen = now;
                lastChange = System.nanoTime();
            } else if (System.nanoTime() - lastChange > 60_000_000_000L) {
                throw new IllegalStateException(
                        "no note was read for 60 s (" + (now - before) + " of " + notes + " read); see the log");
            }
            Thread.sleep(20);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = notes / seconds;
        System.out.printf("  %-8s %5d notes in %6.2f s: %6.0f notes/s%n", label, notes, seconds, rate);
        return rate;
    }

    /** Notes moved out of the inbox: read into items (processed/) or refused with a reason (failed/). */
    private static long handled(Path work) throws IOException {
        long n = 0;
        for (String folder : new String[] {"processed", "failed"}) {
            Path p = work.resolve(folder);
            if (Files.isDirectory(p)) {
                try (Stream<Path> all = Files.walk(p)) {
                    n += all.filter(Files::isRegularFile)
                            .filter(f -> !f.toString().endsWith(".error.json"))
                            .count();
                }
            }
        }
        return n;
    }

    record Note(String name, byte[] bytes) {}

    /** Six formats in turn, each note distinct so none is a duplicate of another. */
    static Note note(String label, int i) throws Exception {
        String who = TestNotes.person(i);
        String statement =
                "The Platform is open, inclusive and pragmatic; partners are expected to join efforts on climate action. ";
        return switch (i % 6) {
            case 0 ->
                new Note(
                        i + ".md",
                        ("---\ntitle: Forum " + i + "\ndate: 2021-09-15\n---\n## " + who + " — Expert, UNICEF China\n\n"
                                        + statement.repeat(3) + "\n")
                                .getBytes(StandardCharsets.UTF_8));
            case 1 ->
                new Note(
                        i + ".txt",
                        ("论坛纪要 " + label + " " + i + "\r\n\r\n## " + who + " — 合作专家, 联合国儿童基金会\r\n\r\n"
                                        + "该平台是一个开放、包容、创新和务实的平台。".repeat(5) + "\r\n")
                                .getBytes(Charset.forName("GB18030")));
            case 2 ->
                new Note(
                        i + ".html",
                        ("<html><body><h1>Forum " + i + "</h1><h2>" + who + " — Director, WWF</h2><p>"
                                        + statement.repeat(3) + "</p></body></html>")
                                .getBytes(StandardCharsets.UTF_8));
            case 3 ->
                new Note(
                        i + ".eml",
                        ("From: officer@partner.test\r\nSubject: Forum " + i + "\r\nMessage-ID: <" + label + i
                                        + "@partner.test>\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nForum " + i
                                        + "\r\n\r\n## " + who
                                        + " — Director, WWF\r\n\r\n" + statement.repeat(3) + "\r\n")
                                .getBytes(StandardCharsets.UTF_8));
            case 4 ->
                new Note(
                        i + ".pdf",
                        TestNotes.pdf("Forum " + label + " " + i, "", "## " + who + " - Director, WWF", "", statement));
            default ->
                new Note(
                        i + ".docx",
                        TestNotes.docx(
                                "Forum " + label + " " + i, "## " + who + " — Director, WWF", statement.repeat(3)));
        };
    }
}
