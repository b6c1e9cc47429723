package org.newsdesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.OptionalInt;
import org.h2.tools.Server;

/**
 * Lets commands use the embedded store while the service has it open (H2 allows one process per
 * file): the service serves its open database on a local port (loopback only, existing databases
 * only) and writes the port to {@code store-server.port} beside the file, readable by its owner only.
 */
public final class StoreServer implements AutoCloseable {

    static final String PORT_FILE = "store-server.port";
    static final String PASSWORD_FILE = "store.password";

    private final Server server;
    private final Path portFile;

    private StoreServer(Server server, Path portFile) {
        this.server = server;
        this.portFile = portFile;
    }

    public static StoreServer start(Path folder) {
        try {
            Server server = Server.createTcpServer("-tcpPort", "0", "-ifExists").start();
            Path portFile = folder.resolve(PORT_FILE);
            Files.deleteIfExists(portFile);
            Files.createFile(
                    portFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(portFile, Integer.toString(server.getPort()), StandardCharsets.US_ASCII);
            return new StoreServer(server, portFile);
        } catch (SQLException e) {
            throw new StoreException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("The store server's port cannot be written under " + folder, e);
        }
    }

    /**
     * The embedded store's password, from {@code store.password} in {@code folder} (owner-only);
     * made (24 random characters) when there is none.
     */
    static synchronized String password(Path folder) {
        Path file = folder.resolve(PASSWORD_FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            java.security.SecureRandom random = new java.security.SecureRandom();
            String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
            StringBuilder password = new StringBuilder();
            for (int i = 0; i < 24; i++) {
                password.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(
                    folder,
                    ".store-password-",
                    ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temp, password + "\n", StandardCharsets.US_ASCII);
            Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return password.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("The store's password file " + file + " cannot be read or made", e);
        }
    }

    /** The port a running service left in {@code folder}, if any. */
    static OptionalInt portOf(Path folder) {
        try {
            return OptionalInt.of(
                    Integer.parseInt(Files.readString(folder.resolve(PORT_FILE)).strip()));
        } catch (IOException | NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    @Override
    public void close() {
        server.stop();
        try {
            Files.deleteIfExists(portFile);
        } catch (IOException e) {
            // a stale port file is harmless: nothing answers there, and the next start replaces it
        }
    }
}
