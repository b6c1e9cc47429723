package org.newsdesk.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.assemble.IssueAssembler;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.store.IssueStore;
import org.newsdesk.store.ItemStore;
import org.newsdesk.store.StoreBackend;
import org.newsdesk.store.StoreBackends;
import org.newsdesk.testing.PdfContents;
import org.newsdesk.testing.SampleItems;
import org.newsdesk.testing.SettableClock;

class PreviewServiceTest {

    @Test
    void aPreviewIsRenderedMarkedAndArchivedWithoutTakingANumberOrChangingAnItem(@TempDir Path archiveRoot)
            throws Exception {
        PublicationProfiles profiles = PublicationProfiles.load(Path.of("config/publications"));
        try (StoreBackend store = StoreBackends.h2()) {
            ItemStore items = new ItemStore(store.db());
            IssueStore issues = new IssueStore(store.db());
            IssueAssembler assembler = new IssueAssembler(
                    store.db(), items, issues, profiles, new SettableClock(Instant.parse("2021-04-09T02:00:00Z")));
            items.save(SampleItems.lmecExperts());
            items.save(SampleItems.lmecComments());
            PreviewService previews = new PreviewService(
                    assembler,
                    new IssueRenderer(new TemplateSet(Path.of("templates")), profiles),
                    new IssueArchive(archiveRoot));

            var preview = previews.preview("lmec").orElseThrow();
            previews.preview("lmec").orElseThrow();

            assertThat(preview.pdf())
                    .isEqualTo(archiveRoot.resolve("lmec/preview.pdf"))
                    .exists();
            assertThat(preview.html()).isEqualTo(archiveRoot.resolve("lmec/preview.html"));
            assertThat(Files.readString(preview.html())).contains("PREVIEW");
            assertThat(PdfContents.of(Files.readAllBytes(preview.pdf())).flatText())
                    .contains("PREVIEW of Issue 1, 2021")
                    .contains("Ms. Miao Hong, Sustainable Investment Program Director");
            // "coordination + cooperation" in the note: the issue prints the house style, the editor sees the change
            assertThat(Files.readString(preview.html()))
                    .contains("coordination and cooperation")
                    .doesNotContain("coordination + cooperation");
            assertThat(preview.styleChanges()).contains("Event 1, Miao Hong: “+” → “and”");
            assertThat(issues.all("lmec")).isEmpty();
            assertThat(items.count("lmec", "pending")).isEqualTo(2);
            assertThat(items.count("lmec", "published")).isZero();
            assertThat(assembler.assembleNext("lmec").orElseThrow().label()).isEqualTo("Issue 1, 2021");
        }
    }

    @Test
    void nothingPendingMeansNoPreview(@TempDir Path archiveRoot) {
        PublicationProfiles profiles = PublicationProfiles.load(Path.of("config/publications"));
        try (StoreBackend store = StoreBackends.h2()) {
            IssueAssembler assembler = new IssueAssembler(
                    store.db(),
                    new ItemStore(store.db()),
                    new IssueStore(store.db()),
                    profiles,
                    java.time.Clock.systemUTC());
            PreviewService previews = new PreviewService(
                    assembler,
                    new IssueRenderer(new TemplateSet(Path.of("templates")), profiles),
                    new IssueArchive(archiveRoot));
            assertThat(previews.preview("lmec")).isEmpty();
        }
    }
}
