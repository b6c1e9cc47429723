package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.testing.SampleItems;

class DatabaseTest {

    @OnEveryStoreBackend
    void theSchemaIsMigratedByFlywayToTheLatestVersion(StoreBackend store) {
        // the version column is text ("9" sorts after "11"): the highest is found as a number
        int version = store.db().withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                            "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE"
                                    + " AND \"version\" IS NOT NULL");
                    ResultSet rs = ps.executeQuery()) {
                int highest = 0;
                while (rs.next()) {
                    highest = Math.max(highest, Integer.parseInt(rs.getString(1)));
                }
                return highest;
            }
        });
        // V1 the store, V2 the schedules (Quartz tables, one file per database), V3 deliveries in doubt ... V8 the
        // heartbeat, V9 the send pass's index ... V11 the desk's sessions and failed sign-ins
        assertThat(version).isEqualTo(11);
        assertThat(store.db().postgres()).isEqualTo(store.name().equals("postgres"));
    }

    @OnEveryStoreBackend
    void aFailedTransactionLeavesNothingBehind(StoreBackend store) {
        ItemStore items = new ItemStore(store.db());
        items.save(SampleItems.lmecExperts());

        assertThatThrownBy(() -> store.db().inTransaction(c -> {
                    try (PreparedStatement ps = c.prepareStatement("UPDATE items SET status = 'published'")) {
                        ps.executeUpdate();
                    }
                    throw new IllegalStateException("rendering failed half-way");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(items.statusOf(SampleItems.lmecExperts().id())).contains("pending");
    }

    @Test
    void theEmbeddedFileDatabaseKeepsItsDataAcrossARestart(@TempDir Path data) {
        try (Database db = Database.embedded(data)) {
            new ItemStore(db).save(SampleItems.lmecComments());
        }
        try (Database db = Database.embedded(data)) {
            assertThat(new ItemStore(db).find(SampleItems.lmecComments().id())).contains(SampleItems.lmecComments());
        }
    }
}
