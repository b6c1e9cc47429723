package org.newsdesk.readers;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.camel.Exchange;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.domain.Publication;
import org.newsdesk.render.TemplateSet;

/** GET /p/{publication}/, /p/{publication}/{year}/{number}/, its issue.pdf, and feed.atom. */
public class ArchivePages {

    private final ArchiveSite site;
    private final PublicationProfiles profiles;
    private final TemplateSet templates;

    public ArchivePages(ArchiveSite site, PublicationProfiles profiles, TemplateSet templates) {
        this.site = site;
        this.profiles = profiles;
        this.templates = templates;
    }

    public void index(Exchange exchange) {
        Publication p = publication(exchange);
        if (p == null) {
            notFound(exchange);
            return;
        }
        ReaderHttp.page(exchange, 200, site.index(p, Map.of()), ReaderHttp.PAGE_POLICY, true);
    }

    public void issue(Exchange exchange) {
        Publication p = publication(exchange);
        Integer year = number(exchange, "year");
        Integer number = number(exchange, "number");
        String html = p == null || year == null || number == null
                ? null
                : site.issuePage(p, year, number).orElse(null);
        if (html == null) {
            notFound(exchange);
            return;
        }
        ReaderHttp.page(exchange, 200, html, ReaderHttp.ISSUE_POLICY, true);
    }

    public void pdf(Exchange exchange) {
        Publication p = publication(exchange);
        Integer year = number(exchange, "year");
        Integer number = number(exchange, "number");
        var rendered = p == null || year == null || number == null
                ? null
                : site.rendered(p, year, number).orElse(null);
        if (rendered == null) {
            notFound(exchange);
            return;
        }
        ReaderHttp.body(exchange, "application/pdf", rendered.pdf(), true);
        exchange.getMessage().setHeader("Content-Disposition", "inline; filename=\"" + rendered.pdfFileName() + "\"");
    }

    public void feed(Exchange exchange) {
        Publication p = publication(exchange);
        if (p == null) {
            notFound(exchange);
            return;
        }
        ReaderHttp.body(
                exchange, "application/atom+xml; charset=utf-8", site.feed(p).getBytes(StandardCharsets.UTF_8), true);
    }

    /** GET /p/assets/site.css: the public pages' style sheet, from templates/site/ (operators restyle it). */
    public void styles(Exchange exchange) {
        ReaderHttp.body(
                exchange, "text/css; charset=utf-8", templates.raw("site.css").getBytes(StandardCharsets.UTF_8), true);
    }

    private void notFound(Exchange exchange) {
        ReaderHttp.page(
                exchange,
                404,
                templates.render(
                        "problem.mustache",
                        Map.of(
                                "pageTitle", "Not found",
                                "message",
                                        "There is no such page. The archives of this site are listed at its front page.",
                                "root", "/p/")),
                ReaderHttp.PAGE_POLICY,
                false);
    }

    /** The publication named in the path, if its archive is public; never another. */
    private Publication publication(Exchange exchange) {
        String id = exchange.getMessage().getHeader("publication", String.class);
        if (id == null || !profiles.ids().contains(id)) {
            return null;
        }
        Publication p = profiles.get(id);
        return p.archivePublic() ? p : null;
    }

    private static Integer number(Exchange exchange, String name) {
        String v = exchange.getMessage().getHeader(name, String.class);
        return v != null && v.matches("\\d{1,6}") ? Integer.valueOf(v) : null;
    }
}
