package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store and the store the service lends to commands have a generated password. */
class StoreServerTest {

    @Test
    void theEmbeddedStoreHasAGeneratedPasswordInAnOwnerOnlyFileAndTheLentStoreAsksForIt(@TempDir Path data)
            throws Exception {
        try (Database service = Database.embedded(data);
                StoreServer server = StoreServer.start(data)) {
            Path file = data.resolve("store.password");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
            String password = Files.readString(file).strip();
            assertThat(password).hasSize(24).matches("[A-Za-z0-9]+");

            int port = StoreServer.portOf(data).orElseThrow();
            String tcp = "jdbc:h2:tcp://localhost:" + port + "/"
                    + data.toAbsolutePath().resolve("newsdesk");
            assertThatThrownBy(() -> DriverManager.getConnection(tcp, "sa", "").close())
                    .as("the lent store without its password")
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("Wrong user name or password");
            // a command beside the service: the file is in use, the lent store with the password answers
            try (Database command = Database.embedded(data)) {
                boolean valid = command.withConnection(c -> c.isValid(2));
                assertThat(valid).isTrue();
            }
        }
    }

    @Test
    void aStoreMadeWithoutAPasswordTakesTheGeneratedOne(@TempDir Path data) throws Exception {
        String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("newsdesk");
        // a store made by an earlier newsdesk: migrated, the empty password
        try (Database old = Database.open(url, "sa", "")) {
            old.withConnection(c -> c.createStatement().execute("CREATE TABLE kept (x INTEGER)"));
        }
        try (Database db = Database.embedded(data)) {
            Boolean kept = db.withConnection(
                    c -> c.getMetaData().getTables(null, null, "KEPT", null).next());
            assertThat(kept).isTrue();
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close())
                .isInstanceOf(SQLException.class);
        String password = Files.readString(data.resolve("store.password")).strip();
        DriverManager.getConnection(url, "sa", password).close();
    }
}
