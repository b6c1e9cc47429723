package org.newsdesk.render;

import java.nio.file.Path;
import java.util.Optional;
import org.newsdesk.assemble.IssueAssembler;
import org.newsdesk.domain.Issue;

/**
 * The editor's look at the next issue: assembled and rendered as it would be now, written to
 * {@code archive/<publication>/preview.*}, without taking a number or changing any item.
 */
public class PreviewService {

    /** A rendered preview and where its files are. */
    public record Preview(Issue issue, Path pdf, Path html) {}

    private final IssueAssembler assembler;
    private final IssueRenderer renderer;
    private final IssueArchive archive;

    public PreviewService(IssueAssembler assembler, IssueRenderer renderer, IssueArchive archive) {
        this.assembler = assembler;
        this.renderer = renderer;
        this.archive = archive;
    }

    /** Empty when the publication has nothing pending. */
    public Optional<Preview> preview(String publication) {
        return assembler.preview(publication).map(issue -> {
            archive.keep(renderer.render(issue));
            return new Preview(issue, archive.pdfPath(issue), archive.htmlPath(issue));
        });
    }
}
