package org.newsdesk.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.newsdesk.domain.Issue;
import org.newsdesk.shared.Json;

/**
 * Keeps every rendered issue for good: {@code archive/<publication>/<year>/issue-<n>.{html,pdf,json}}
 * (and the mail's HTML and text parts beside them, so a send can resume after a restart).
 */
public class IssueArchive {

    private final Path root;

    public IssueArchive(Path root) {
        this.root = root;
    }

    public RenderedIssue keep(RenderedIssue rendered) {
        Issue issue = rendered.issue();
        Path base = base(issue);
        try {
            Files.createDirectories(base.getParent());
            write(sibling(base, ".html"), rendered.html().getBytes(StandardCharsets.UTF_8));
            write(sibling(base, ".mail.html"), rendered.mailHtml().getBytes(StandardCharsets.UTF_8));
            write(sibling(base, ".txt"), rendered.text().getBytes(StandardCharsets.UTF_8));
            write(
                    sibling(base, ".json"),
                    Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(issue));
            write(sibling(base, ".pdf"), rendered.pdf());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("The archive folder " + base.getParent() + " is not writable", e);
        }
        return rendered;
    }

    /** The rendering of an archived issue, to resume its delivery after a restart. */
    public Optional<RenderedIssue> load(Issue issue) {
        Path base = base(issue);
        Path pdf = sibling(base, ".pdf");
        if (!Files.exists(pdf)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RenderedIssue(
                    issue,
                    Files.readString(sibling(base, ".html")),
                    Files.readString(sibling(base, ".mail.html")),
                    Files.readString(sibling(base, ".txt")),
                    Files.readAllBytes(pdf),
                    IssueRenderer.pdfFileName(issue, null)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path pdfPath(Issue issue) {
        return sibling(base(issue), ".pdf");
    }

    public Path htmlPath(Issue issue) {
        return sibling(base(issue), ".html");
    }

    private Path base(Issue issue) {
        if (issue.preview()) {
            // one preview per publication, replaced by the next one: archive/<publication>/preview.*
            return root.resolve(issue.publication()).resolve("preview");
        }
        return root.resolve(issue.publication())
                .resolve(Integer.toString(issue.year()))
                .resolve("issue-" + issue.number());
    }

    private static Path sibling(Path base, String suffix) {
        return base.resolveSibling(base.getFileName() + suffix);
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), ".writing-", ".tmp");
        Files.write(temp, bytes);
        // a temporary file is owner-only; the archive is for a web server and colleagues to read too
        if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
