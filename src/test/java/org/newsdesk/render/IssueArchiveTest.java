package org.newsdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.assemble.EventMerger;
import org.newsdesk.domain.Issue;
import org.newsdesk.shared.Json;
import org.newsdesk.testing.SampleItems;

class IssueArchiveTest {

    @Test
    void anIssueIsKeptByPublicationYearAndNumberAndCanBeLoadedBack(@TempDir Path root) throws Exception {
        Issue issue = new Issue(
                "lmec-2021-6",
                "lmec",
                2021,
                6,
                "Issue 6, 2021",
                LocalDate.of(2021, 4, 9),
                new EventMerger().merge(List.of(SampleItems.lmecExperts())));
        RenderedIssue rendered = new RenderedIssue(
                issue,
                "<p>web</p>",
                "<p>mail</p>",
                "text",
                new byte[] {'%', 'P', 'D', 'F'},
                "LMEC-Newsletter-Issue-6-2021.pdf");
        IssueArchive archive = new IssueArchive(root);

        archive.keep(rendered);

        Path folder = root.resolve("lmec/2021");
        assertThat(folder.resolve("issue-6.html")).hasContent("<p>web</p>");
        assertThat(folder.resolve("issue-6.pdf")).exists();
        assertThat(Json.mapper().readValue(Files.readString(folder.resolve("issue-6.json")), Issue.class))
                .isEqualTo(issue);
        RenderedIssue loaded = archive.load(issue).orElseThrow();
        assertThat(loaded.mailHtml()).isEqualTo("<p>mail</p>");
        assertThat(loaded.pdf()).isEqualTo(rendered.pdf());
        try (var left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        try (var kept = Files.list(folder)) {
            for (Path file : kept.toList()) {
                assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                        .as("%s readable by all, written by its owner", file.getFileName())
                        .isEqualTo("rw-r--r--");
            }
        }
    }
}
