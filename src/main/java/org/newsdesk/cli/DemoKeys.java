package org.newsdesk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The demo signs its mails like a real newsroom would, with keys made for it alone: a 2048-bit RSA
 * key per publication in {@code demo/dkim/<id>.pem} (the public half, as DNS would publish it, in
 * {@code <id>.pub}), and copies of the profiles in {@code demo/publications/} that name them.
 */
final class DemoKeys {

    static final String SELECTOR = "demo";

    private DemoKeys() {}

    /** The demo's profiles folder: the shipped profiles, each with a dkim block for its test key. */
    static Path profilesWithTestKeys(Path home, Path work) throws IOException {
        Path keys = Files.createDirectories(work.resolve("dkim"));
        Path profiles = Files.createDirectories(work.resolve("publications"));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(home.resolve("config/publications"), "*.yaml")) {
            for (Path file : files) {
                String id = file.getFileName().toString().replaceFirst("\\.yaml$", "");
                KeyPair pair = pair();
                Path key = keys.resolve(id + ".pem");
                Files.writeString(
                        key,
                        "-----BEGIN PRIVATE KEY-----\n"
                                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                        .encodeToString(pair.getPrivate().getEncoded())
                                + "\n-----END PRIVATE KEY-----\n");
                Files.writeString(
                        keys.resolve(id + ".pub"),
                        Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
                String yaml = Files.readString(file).replaceAll("(?m)^dkim:.*(\\n  .*)*\\n?", "");
                Files.writeString(
                        profiles.resolve(file.getFileName()),
                        yaml + "\n# added by the demo: its own test key\ndkim:\n  selector: " + SELECTOR
                                + "\n  key_file: " + key.toAbsolutePath() + "\n");
            }
        }
        return profiles;
    }

    private static KeyPair pair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
