package org.newsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shipped subscriber lists mail nobody real: reserved .example domains, imported by the demo only. */
class ShippedSubscribersTest {

    @Test
    void theExampleListsUseReservedExampleDomainsAndTheServicesFolderShipsWithoutAList() throws IOException {
        List<Path> lists;
        try (Stream<Path> files = Files.list(Path.of("examples/subscribers"))) {
            lists = files.filter(f -> f.toString().endsWith(".csv")).toList();
        }
        assertThat(lists).isNotEmpty();
        for (Path csv : lists) {
            List<String> rows = Files.readAllLines(csv);
            assertThat(rows.subList(1, rows.size()))
                    .as(csv.toString())
                    .isNotEmpty()
                    .allSatisfy(
                            row -> assertThat(row.split(",")[1]).matches("[^@]+@([a-z0-9-]+\\.)*[a-z0-9-]+\\.example"));
        }
        try (Stream<Path> files = Files.list(Path.of("config/subscribers"))) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".csv"));
        }
    }
}
