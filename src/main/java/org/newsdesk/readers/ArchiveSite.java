package org.newsdesk.readers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.domain.Issue;
import org.newsdesk.domain.IssueEvent;
import org.newsdesk.domain.Publication;
import org.newsdesk.render.IssueArchive;
import org.newsdesk.render.RenderedIssue;
import org.newsdesk.render.TemplateSet;
import org.newsdesk.store.IssueStore;

/**
 * The public archive of a publication, as pages: the list of issues with the subscribe form, each
 * issue's web page (its archived HTML with a bar of links on top), its PDF, and the Atom feed. Only
 * publications whose profile says {@code archive: public}. Links between pages are relative, so the
 * same pages work served and as static files (the demo's {@code site/}).
 */
public class ArchiveSite {

    public static final String PDF_NAME = "issue.pdf";

    private final IssueStore issues;
    private final IssueArchive archive;
    private final PublicationProfiles profiles;
    private final TemplateSet templates;
    private final String publicUrl;

    public ArchiveSite(
            IssueStore issues,
            IssueArchive archive,
            PublicationProfiles profiles,
            TemplateSet templates,
            String publicUrl) {
        this.issues = issues;
        this.archive = archive;
        this.profiles = profiles;
        this.templates = templates;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** "2026/3/": where an issue's page is, below its publication's archive. */
    public static String issuePath(Issue issue) {
        return issue.year() + "/" + issue.number() + "/";
    }

    /** The publications whose archive is public. */
    public List<Publication> publicOnes() {
        return profiles.all().stream().filter(Publication::archivePublic).toList();
    }

    /** The archive's address on the web, e.g. https://news.example/p/lmec/. */
    public String base(Publication publication) {
        return publicUrl + "/p/" + publication.id() + "/";
    }

    /** The archive page; {@code form} carries what a refused subscription typed, and why. */
    public String index(Publication publication, Map<String, Object> form) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Issue issue : newestFirst(publication)) {
            Map<String, Object> row = new HashMap<>();
            row.put("label", issue.label());
            row.put("date", issue.date().toString());
            row.put("path", issuePath(issue));
            row.put("events", issue.events().stream().map(IssueEvent::title).toList());
            rows.add(row);
        }
        Map<String, Object> scope = new HashMap<>(form);
        scope.put("p", publication);
        scope.put("issues", rows);
        scope.put("none", rows.isEmpty());
        scope.put("root", "../");
        scope.put("pageTitle", publication.name());
        scope.putIfAbsent("language", publication.language());
        return templates.render("archive.mustache", scope);
    }

    /** An issue's page: the archived web HTML, with links to the PDF, the archive and the feed on top. */
    public Optional<String> issuePage(Publication publication, int year, int number) {
        return find(publication, year, number).flatMap(archive::load).map(r -> withBar(publication, r));
    }

    public Optional<RenderedIssue> rendered(Publication publication, int year, int number) {
        return find(publication, year, number).flatMap(archive::load);
    }

    /**
     * The archive as static files under {@code root} (the demo's {@code site/}, or a copy for a plain web
     * server): {@code p/<id>/index.html}, {@code feed.atom}, {@code <year>/<number>/index.html} and
     * {@code issue.pdf} per issue, and {@code p/assets/site.css}. Returns the archive index files written.
     */
    public List<java.nio.file.Path> writeStatic(java.nio.file.Path root) throws java.io.IOException {
        java.nio.file.Path p = root.resolve("p");
        java.nio.file.Files.createDirectories(p.resolve("assets"));
        java.nio.file.Files.writeString(p.resolve("assets/site.css"), templates.raw("site.css"));
        List<java.nio.file.Path> written = new ArrayList<>();
        for (Publication publication : publicOnes()) {
            java.nio.file.Path dir = p.resolve(publication.id());
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.writeString(dir.resolve("index.html"), index(publication, Map.of()));
            java.nio.file.Files.writeString(dir.resolve("feed.atom"), feed(publication));
            for (Issue issue : newestFirst(publication)) {
                Optional<RenderedIssue> rendered = archive.load(issue);
                if (rendered.isEmpty()) {
                    continue;
                }
                java.nio.file.Path issueDir = dir.resolve(issue.year() + "").resolve(issue.number() + "");
                java.nio.file.Files.createDirectories(issueDir);
                java.nio.file.Files.writeString(issueDir.resolve("index.html"), withBar(publication, rendered.get()));
                java.nio.file.Files.write(
                        issueDir.resolve(PDF_NAME), rendered.get().pdf());
            }
            written.add(dir.resolve("index.html"));
        }
        return written;
    }

    public String feed(Publication publication) {
        return AtomFeed.of(publication, newestFirst(publication), base(publication));
    }

    public List<Issue> newestFirst(Publication publication) {
        List<Issue> all = new ArrayList<>(issues.all(publication.id()));
        java.util.Collections.reverse(all);
        return all;
    }

    private Optional<Issue> find(Publication publication, int year, int number) {
        return issues.all(publication.id()).stream()
                .filter(i -> i.year() == year && i.number() == number)
                .findFirst();
    }

    private String withBar(Publication publication, RenderedIssue rendered) {
        Document page = Jsoup.parse(rendered.html());
        page.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(false);
        Map<String, Object> scope = new HashMap<>();
        scope.put("p", publication);
        scope.put("label", rendered.issue().label());
        scope.put("pdf", PDF_NAME);
        scope.put("pages", null);
        String bar = templates.render("issue-bar.mustache", scope);
        Element body = page.body();
        body.prepend(bar);
        page.head()
                .appendElement("link")
                .attr("rel", "alternate")
                .attr("type", "application/atom+xml")
                .attr("href", "../../feed.atom");
        page.head().appendElement("link").attr("rel", "stylesheet").attr("href", "../../../assets/site.css");
        return page.outerHtml();
    }
}
