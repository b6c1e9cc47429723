package org.newsdesk.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.newsdesk.app.NormalizerFactory;
import org.newsdesk.assemble.IssueAssembler;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.domain.Issue;
import org.newsdesk.domain.NoteFile;
import org.newsdesk.normalize.NoteNormalizer;
import org.newsdesk.read.NoteReader;
import org.newsdesk.read.ReadNote;
import org.newsdesk.store.IssueStore;
import org.newsdesk.store.ItemStore;
import org.newsdesk.store.StoreBackend;
import org.newsdesk.store.StoreBackends;
import org.newsdesk.testing.SettableClock;

/**
 * The issues {@code ./newsdesk demo} publishes, made by the same beans without the routes: each note in
 * {@code examples/inbox/<publication>/} read, normalized and stored, then the publication's first issue
 * assembled and rendered. {@code printHtml} is what the PDF was typeset from.
 */
record DemoIssues(Issue issue, RenderedIssue rendered, String printHtml) {

    static final PublicationProfiles PROFILES = PublicationProfiles.load(Path.of("config/publications"));

    static DemoIssues of(String publication) {
        NoteReader reader = new NoteReader();
        NoteNormalizer normalizer = NormalizerFactory.create(PROFILES);
        try (StoreBackend store = StoreBackends.h2();
                Stream<Path> files = Files.list(Path.of("examples/inbox", publication))) {
            ItemStore items = new ItemStore(store.db());
            for (Path file : files.sorted().toList()) {
                NoteFile note = new NoteFile(
                        file.getFileName().toString(), Files.readAllBytes(file), publication, Instant.now(), "file");
                for (ReadNote read : reader.read(note)) {
                    items.save(normalizer.normalize(read));
                }
            }
            Issue issue = new IssueAssembler(
                            store.db(),
                            items,
                            new IssueStore(store.db()),
                            PROFILES,
                            new SettableClock(Instant.parse("2026-12-01T09:00:00Z")))
                    .assembleNext(publication)
                    .orElseThrow(() -> new IllegalStateException("no pending item for " + publication));
            TemplateSet templates = new TemplateSet(Path.of("templates"));
            RenderedIssue rendered = new IssueRenderer(templates, PROFILES).render(issue);
            String printHtml = templates.render(
                    "issue-print.html.mustache",
                    IssueView.of(issue, PROFILES.get(publication), false, rendered.pdfFileName()));
            Path out = Path.of("target/rendered");
            Files.createDirectories(out);
            Files.write(out.resolve("demo-" + publication + ".pdf"), rendered.pdf());
            return new DemoIssues(issue, rendered, printHtml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("the demo issue of " + publication + " could not be made", e);
        }
    }

    static final List<String> PUBLICATIONS = List.of("lmec", "china-asean");
}
