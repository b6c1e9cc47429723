package org.newsdesk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * An independent DKIM verifier for tests: Debian's dkimpy (python3-dkim), given the public key
 * directly, so no DNS is asked.
 */
public final class DkimCheck {

    private static final Path PYTHON = Path.of("/usr/bin/python3");

    private DkimCheck() {}

    /** Skips the calling test when dkimpy is not installed (call it from the test or a @BeforeEach). */
    public static void assumeAvailable() {
        boolean ok;
        try {
            Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import dkim")
                    .redirectErrorStream(true)
                    .start();
            ok = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            ok = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ok = false;
        }
        Assumptions.assumeTrue(
                ok, "python3-dkim is not installed: apt-get install python3-dkim; DKIM verifications skipped");
    }

    /** Whether the mail's DKIM signature verifies with this public key (base64 of its SubjectPublicKeyInfo). */
    public static boolean verifies(byte[] mail, String publicKeyBase64) throws Exception {
        String script;
        try (InputStream in = DkimCheck.class.getResourceAsStream("/dkim/verify_dkim.py")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path file = Files.createTempFile("verify_dkim", ".py");
        try {
            Files.writeString(file, script);
            Process p = new ProcessBuilder(PYTHON.toString(), file.toString(), publicKeyBase64).start();
            try (OutputStream out = p.getOutputStream()) {
                out.write(mail);
            }
            String answer = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(60, TimeUnit.SECONDS);
            JsonNode json = new ObjectMapper().readTree(answer);
            return json.path("verified").asBoolean(false);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
