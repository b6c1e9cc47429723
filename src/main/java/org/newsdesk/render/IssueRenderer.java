package org.newsdesk.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.domain.Issue;
import org.newsdesk.domain.IssueEvent;
import org.newsdesk.domain.Publication;

/**
 * Renders an issue from the templates: {@code issue.html.mustache} for the web and the mail,
 * {@code issue-print.html.mustache} (with its {@code @page} rules) for the PDF, and
 * {@code issue.txt.mustache} for the mail's text part. The mail's HTML has a hidden preheader (what the inbox shows
 * beside the subject), "View online · PDF attached (N pages)" on top and the reason the reader gets it at the foot,
 * and its styles inlined ({@link CssInliner}).
 */
public class IssueRenderer {

    /** Mail clients clip larger HTML parts (Gmail at 102 kB). */
    public static final int MAIL_HTML_LIMIT = 100 * 1024;

    /** The preheader is cut at a word before this many characters: inboxes show about 90 to 140. */
    static final int PREHEADER_LIMIT = 140;

    /**
     * Stand-ins for each subscriber's own links in the mail HTML, between {@link #FOOTER_START} and
     * {@link #FOOTER_END}; the mail puts the real ones in (or leaves the part out for a copy).
     */
    public static final String PREFERENCES_LINK = "https://newsdesk.invalid/preferences";

    public static final String UNSUBSCRIBE_LINK = "https://newsdesk.invalid/unsubscribe";
    public static final String FOOTER_START = "<!--subscription-->";
    public static final String FOOTER_END = "<!--/subscription-->";

    private final TemplateSet templates;
    private final PublicationProfiles profiles;
    private final String publicUrl;
    private final PdfRenderer pdf = new PdfRenderer();
    private final CssInliner inliner = new CssInliner();

    public IssueRenderer(TemplateSet templates, PublicationProfiles profiles) {
        this(templates, profiles, null);
    }

    /** With {@code publicUrl}, the mail of a publication whose archive is public links to the issue's page. */
    public IssueRenderer(TemplateSet templates, PublicationProfiles profiles, String publicUrl) {
        this.templates = templates;
        this.profiles = profiles;
        this.publicUrl = publicUrl == null || publicUrl.isBlank() ? null : publicUrl.replaceAll("/+$", "");
    }

    public RenderedIssue render(Issue issue) {
        Publication publication = profiles.get(issue.publication());
        String pdfName = pdfFileName(issue, publication);
        IssueView full = IssueView.of(issue, publication, false, pdfName);
        byte[] pdfBytes = pdf.render(templates.render("issue-print.html.mustache", full));
        int pages = pageCount(pdfBytes);
        String html = templates.render("issue.html.mustache", List.of(frame(issue, publication, false, pages), full));
        Map<String, Object> mail = frame(issue, publication, true, pages);
        String mailHtml = mailHtml(mail, full);
        if (size(mailHtml) > MAIL_HTML_LIMIT) {
            IssueView leads = IssueView.of(issue, publication, true, pdfName);
            mailHtml = mailHtml(mail, leads);
            if (size(mailHtml) > MAIL_HTML_LIMIT) {
                // so many events that even their leads are too long: titles only, the rest is in the PDF
                mail.put("preheader", cutAtWord(issue.events().get(0).title(), PREHEADER_LIMIT));
                mailHtml = mailHtml(mail, leads.withoutLeads());
            }
        }
        String text = templates.render("issue.txt.mustache", full);
        return new RenderedIssue(issue, html, mailHtml, text, pdfBytes, pdfName);
    }

    private String mailHtml(Map<String, Object> frame, IssueView view) {
        return inliner.inline(templates.render("issue.html.mustache", List.of(frame, view)));
    }

    /** What the frame of the page needs besides the issue: language, and for the mail its top and foot. */
    private Map<String, Object> frame(Issue issue, Publication publication, boolean mail, int pages) {
        Map<String, Object> frame = new HashMap<>();
        frame.put("language", publication.language() == null ? "en" : publication.language());
        frame.put("mail", mail);
        if (mail) {
            frame.put("preheader", preheader(issue));
            frame.put("pdfPages", pages == 1 ? "1 page" : pages + " pages");
            if (publicUrl != null && publication.archivePublic() && !issue.preview()) {
                frame.put(
                        "viewOnline",
                        publicUrl + "/p/" + publication.id() + "/" + issue.year() + "/" + issue.number() + "/");
            }
            frame.put("reason", publication.subscriptionReason());
            frame.put("preferencesUrl", PREFERENCES_LINK);
            frame.put("unsubscribeUrl", UNSUBSCRIBE_LINK);
        }
        return frame;
    }

    /** The first event's lead (its title where it has none), cut at a word. */
    static String preheader(Issue issue) {
        if (issue.events().isEmpty()) {
            return issue.label();
        }
        IssueEvent first = issue.events().get(0);
        String text = first.lead() == null || first.lead().isBlank() ? first.title() : first.lead();
        return cutAtWord(BidiControls.removed(text).strip().replaceAll("\\s+", " "), PREHEADER_LIMIT);
    }

    /**
     * {@code text} if it has at most {@code limit} characters (code points), else cut at the last space before the
     * limit (or at the limit, in text without spaces such as Chinese) and ended with "…".
     */
    public static String cutAtWord(String text, int limit) {
        if (text.codePointCount(0, text.length()) <= limit) {
            return text;
        }
        String head = text.substring(0, text.offsetByCodePoints(0, limit - 1));
        int space = head.lastIndexOf(' ');
        if (space > head.length() / 2) {
            head = head.substring(0, space);
        }
        return head.replaceAll("[\\s,;:.\\-–—·]+$", "") + "…";
    }

    private static int pageCount(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException("The rendered PDF cannot be read back", e);
        }
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
