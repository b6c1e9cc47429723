package org.newsdesk.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsdesk.assemble.IssueAssembler;
import org.newsdesk.domain.Issue;
import org.newsdesk.domain.StyleChange;

/**
 * The editor's look at the next issue: assembled and rendered as it would be now, written to
 * {@code archive/<publication>/preview.*}, without taking a number or changing any item.
 */
public class PreviewService {

    /** A rendered preview and where its files are. */
    public record Preview(Issue issue, Path pdf, Path html) {

        /** What the house style changed, one line per event, place and term, for the editor. */
        public List<String> styleChanges() {
            return PreviewService.styleChanges(issue);
        }
    }

    /** "Event 1, Chen Zhihua: “intl” → “international” (2 times)" for every change the glossary made. */
    public static List<String> styleChanges(Issue issue) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < issue.events().size(); i++) {
            for (StyleChange c : issue.events().get(i).styleChanges()) {
                out.add("Event " + (i + 1) + ", " + c.where() + ": “" + c.from() + "” → “" + c.to() + "”"
                        + (c.times() == 1 ? "" : " (" + c.times() + " times)"));
            }
        }
        return out;
    }

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
