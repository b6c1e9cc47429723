package org.newsdesk.render;

import java.nio.charset.StandardCharsets;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.domain.Issue;
import org.newsdesk.domain.Publication;

/**
 * Renders an issue from the templates: {@code issue.html.mustache} for the web and the mail,
 * {@code issue-print.html.mustache} (with its {@code @page} rules) for the PDF, and
 * {@code issue.txt.mustache} for the mail's text part.
 */
public class IssueRenderer {

    /** Mail clients clip larger HTML parts (Gmail at 102 kB). */
    public static final int MAIL_HTML_LIMIT = 100 * 1024;

    private final TemplateSet templates;
    private final PublicationProfiles profiles;
    private final PdfRenderer pdf = new PdfRenderer();

    public IssueRenderer(TemplateSet templates, PublicationProfiles profiles) {
        this.templates = templates;
        this.profiles = profiles;
    }

    public RenderedIssue render(Issue issue) {
        Publication publication = profiles.get(issue.publication());
        String pdfName = pdfFileName(issue, publication);
        IssueView full = IssueView.of(issue, publication, false, pdfName);
        String html = templates.render("issue.html.mustache", full);
        String mailHtml = html;
        if (size(html) > MAIL_HTML_LIMIT) {
            IssueView leads = IssueView.of(issue, publication, true, pdfName);
            mailHtml = templates.render("issue.html.mustache", leads);
            if (size(mailHtml) > MAIL_HTML_LIMIT) {
                // so many events that even their leads are too long: titles only, the rest is in the PDF
                mailHtml = templates.render("issue.html.mustache", leads.withoutLeads());
            }
        }
        String text = templates.render("issue.txt.mustache", full);
        byte[] pdfBytes = pdf.render(templates.render("issue-print.html.mustache", full));
        return new RenderedIssue(issue, html, mailHtml, text, pdfBytes, pdfName);
    }

    private static int size(String html) {
        return html.getBytes(StandardCharsets.UTF_8).length;
    }

    /** A readable attachment name: LMEC-Newsletter-Issue-6-2021.pdf. */
    static String pdfFileName(Issue issue, Publication publication) {
        String prefix = issue.publication().toUpperCase(java.util.Locale.ROOT);
        String label = issue.preview() ? "Preview-" + issue.date() : "Issue-" + issue.number() + "-" + issue.year();
        return (prefix + "-Newsletter-" + label + ".pdf").replaceAll("[^A-Za-z0-9._-]", "-");
    }
}
