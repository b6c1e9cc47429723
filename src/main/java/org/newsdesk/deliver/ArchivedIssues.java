package org.newsdesk.deliver;

import java.util.Optional;
import org.newsdesk.domain.Issue;
import org.newsdesk.render.IssueArchive;
import org.newsdesk.render.IssueRenderer;
import org.newsdesk.render.RenderedIssue;
import org.newsdesk.store.IssueStore;

/**
 * A stored issue in the form it is mailed in, for sends that resume after a restart: the rendering
 * kept in the archive, or, when the service stopped before the issue was archived, rendered again
 * and kept (the issue itself, its number and items, is in the store and does not change).
 */
public class ArchivedIssues {

    private final IssueStore issues;
    private final IssueArchive archive;
    private final IssueRenderer renderer;

    public ArchivedIssues(IssueStore issues, IssueArchive archive, IssueRenderer renderer) {
        this.issues = issues;
        this.archive = archive;
        this.renderer = renderer;
    }

    public Optional<RenderedIssue> rendered(String issueId) {
        Optional<Issue> issue = issues.find(issueId);
        if (issue.isEmpty()) {
            return Optional.empty();
        }
        Optional<RenderedIssue> kept = archive.load(issue.get());
        if (kept.isPresent()) {
            return kept;
        }
        return Optional.of(archive.keep(renderer.render(issue.get())));
    }
}
