package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the shared scorer on the sample notes and on our own notes, through the real command line
 * ({@code NewsdeskCommand normalize FILE}), and requires every note to pass every field. The per-field
 * totals it prints are recorded in src/test/resources/notes/SCORES.md.
 */
class NormalizerScoreTest {

    private static final Path RESOURCES = Path.of("src/test/resources");
    private static final Path SCORER = RESOURCES.resolve("scoring/score_notes.py");

    @Test
    void everySampleNotePassesEveryField() throws Exception {
        assertAllPass(RESOURCES.resolve("samples/notes"), RESOURCES.resolve("samples/expected"), 7);
    }

    @Test
    void everyOwnNotePassesEveryField() throws Exception {
        assertAllPass(RESOURCES.resolve("notes/own"), RESOURCES.resolve("notes/own-expected"), 15);
    }

    private static void assertAllPass(Path notes, Path expected, int atLeast) throws Exception {
        Assumptions.assumeTrue(python3Available(), "python3 is not installed; the scorer cannot run");
        String classPath = "target/classes" + File.pathSeparator + System.getProperty("java.class.path");
        String command = "java -XX:TieredStopAtLevel=1 -Xmx256m -cp '" + classPath.replace("'", "'\\''")
                + "' org.newsdesk.cli.NewsdeskCommand normalize {}";
        Process scorer = new ProcessBuilder(List.of("python3", SCORER.toString(), "--cmd", command,
                "--notes", notes.toString(), "--expected", expected.toString(), "--cwd", "."))
                .redirectErrorStream(true)
                .start();
        scorer.getOutputStream().close();
        String output = new String(scorer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(scorer.waitFor(10, TimeUnit.MINUTES)).as("scorer finished").isTrue();
        List<String> lines = output.strip().lines().toList();
        assertThat(lines).as(output).isNotEmpty();
        String last = lines.get(lines.size() - 1);
        assertThat(last).as(output).matches("notes: \\d+ passed, 0 failed");
        int passed = Integer.parseInt(last.replaceAll("\\D+", " ").strip().split(" ")[0]);
        assertThat(passed).as(output).isGreaterThanOrEqualTo(atLeast);
        assertThat(Files.list(notes).count()).as("every note has an answer key").isEqualTo(passed);
    }

    private static boolean python3Available() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
