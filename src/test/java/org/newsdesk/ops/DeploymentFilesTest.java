package org.newsdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files of the deployment guide (docs/deployment.md) as far as this machine can check them: the
 * systemd unit passes {@code systemd-analyze verify}, and every file the Dockerfile copies from the
 * repository is there and not left out of the build context.
 */
class DeploymentFilesTest {

    private static final Path SYSTEMD_ANALYZE = Path.of("/usr/bin/systemd-analyze");
    private static final Path UNIT = Path.of("deploy/newsdesk.service");
    private static final String LAUNCHER = "/opt/newsdesk/newsdesk";

    @TempDir
    Path temp;

    @Test
    void theSystemdUnitPassesSystemdAnalyzeVerify() throws Exception {
        assumeTrue(Files.isExecutable(SYSTEMD_ANALYZE), "no /usr/bin/systemd-analyze on this machine: skipped");
        String unit = Files.readString(UNIT);
        assertThat(unit).contains("ExecStart=" + LAUNCHER + " run");

        assertThat(verify(unit)).isEmpty();
    }

    @Test
    void systemdAnalyzeVerifyReportsAMisspelledDirective() throws Exception {
        assumeTrue(Files.isExecutable(SYSTEMD_ANALYZE), "no /usr/bin/systemd-analyze on this machine: skipped");
        String broken = Files.readString(UNIT).replace("TimeoutStopSec=", "TimeoutStopSecs=");

        // systemd only warns about an unknown key and exits 0: the output is what tells
        assertThat(verify(broken)).contains("TimeoutStopSecs");
    }

    @Test
    void everyFileTheDockerfileCopiesIsInTheBuildContext() throws IOException {
        List<String> sources = copySources(Files.readAllLines(Path.of("deploy/Dockerfile")));
        List<PathMatcher> ignored = dockerIgnore(Files.readAllLines(Path.of(".dockerignore")));

        assertThat(sources)
                .contains("mvnw", "pom.xml", ".mvn/", "src/", "newsdesk", "config/", "routes/", "templates/");
        for (String source : sources) {
            Path path = Path.of(source);
            assertThat(path).as("COPY %s", source).exists();
            assertThat(ignored)
                    .as("COPY %s is left out of the build context by .dockerignore", source)
                    .noneMatch(m -> m.matches(path) || m.matches(path.getName(0)));
        }
    }

    /**
     * What {@code systemd-analyze verify} says about the unit, with the launcher's path pointed at an
     * executable that exists (verify refuses a unit whose ExecStart binary is missing).
     */
    private String verify(String unit) throws Exception {
        Path launcher = temp.resolve("opt/newsdesk/newsdesk");
        Files.createDirectories(launcher.getParent());
        Files.writeString(launcher, "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path copy = temp.resolve("newsdesk.service");
        Files.writeString(copy, unit.replace(LAUNCHER, launcher.toString()));

        Process p = new ProcessBuilder(SYSTEMD_ANALYZE.toString(), "verify", copy.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue())
                .as("systemd-analyze verify exit status; said: %s", output)
                .isZero();
        return output.strip();
    }

    /** The sources of each COPY taken from the build context (not from another stage). */
    static List<String> copySources(List<String> dockerfile) {
        List<String> sources = new ArrayList<>();
        StringBuilder instruction = new StringBuilder();
        for (String line : dockerfile) {
            String trimmed = line.strip();
            if (instruction.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith("#"))) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                instruction.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            instruction.append(trimmed);
            String[] words = instruction.toString().trim().split("\\s+");
            instruction.setLength(0);
            if (!words[0].equalsIgnoreCase("COPY")) {
                continue;
            }
            List<String> args = new ArrayList<>();
            boolean fromStage = false;
            for (int i = 1; i < words.length; i++) {
                if (words[i].startsWith("--from=")) {
                    fromStage = true;
                } else if (!words[i].startsWith("--")) {
                    args.add(words[i]);
                }
            }
            if (!fromStage) {
                sources.addAll(args.subList(0, args.size() - 1));
            }
        }
        return sources;
    }

    private static List<PathMatcher> dockerIgnore(List<String> lines) {
        return lines.stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("!"))
                .map(l -> FileSystems.getDefault().getPathMatcher("glob:" + l))
                .toList();
    }
}
