package org.newsdesk.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.domain.Subscriber;
import org.newsdesk.store.Database;
import org.newsdesk.store.SubscriberStore;

class SubscriberCsvTest {

    @TempDir
    Path dir;

    @Test
    void badRowsAreReportedWithTheirLineNumberAndTheRestImported() throws Exception {
        Path csv = dir.resolve("lmec.csv");
        Files.writeString(csv, """
                name,address,language
                Reader One,reader.one@example.org,en
                "Wang, Xiaoming",WANG@Example.com,zh
                No Domain,nobody@localhost,en
                Two Addresses,"a@example.org, b@example.org",en
                Display Form,Eve <eve@example.org>,en
                ,partner@example.net,
                Bad Language,lang@example.org,e n
                Open Quote,"x@example.org,en
                Reader One Again,reader.one@example.org,en
                """);
        try (Database db = Database.embedded(dir.resolve("data"))) {
            SubscriberStore store = new SubscriberStore(db);
            SubscriberCsv.Result result = SubscriberCsv.importFile(csv, "lmec", store);
            assertThat(result.added()).isEqualTo(3);
            assertThat(result.known()).isEqualTo(1);
            assertThat(result.problems()).hasSize(5);
            assertThat(result.problems().get(0)).startsWith("line 4:").contains("nobody@localhost");
            assertThat(result.problems().get(1)).startsWith("line 5:");
            assertThat(result.problems().get(2)).startsWith("line 6:");
            assertThat(result.problems().get(3)).startsWith("line 8:").contains("language");
            assertThat(result.problems().get(4)).startsWith("line 9:");
            assertThat(store.list("lmec"))
                    .extracting(Subscriber::address)
                    .containsExactly("reader.one@example.org", "wang@example.com", "partner@example.net");
            assertThat(store.find("lmec", "wang@example.com").orElseThrow().name())
                    .isEqualTo("Wang, Xiaoming");
            assertThat(store.find("lmec", "partner@example.net").orElseThrow().language())
                    .isEqualTo("en");
        }
    }

    @Test
    void anImportNeverResubscribesSomeoneWhoLeft() throws Exception {
        Path csv = dir.resolve("lmec.csv");
        Files.writeString(csv, "name,address,language\nAlice,alice@example.org,en\n");
        try (Database db = Database.embedded(dir.resolve("data"))) {
            SubscriberStore store = new SubscriberStore(db);
            SubscriberCsv.importFile(csv, "lmec", store);
            store.setStatus(
                    store.find("lmec", "alice@example.org").orElseThrow().id(), "unsubscribed");
            assertThat(SubscriberCsv.importFile(csv, "lmec", store).known()).isEqualTo(1);
            assertThat(store.find("lmec", "alice@example.org").orElseThrow().status())
                    .isEqualTo("unsubscribed");
        }
    }
}
