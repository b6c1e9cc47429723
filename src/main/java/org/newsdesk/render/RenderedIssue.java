package org.newsdesk.render;

import org.newsdesk.domain.Issue;

/**
 * An issue in every form it is kept and sent in.
 *
 * @param html     the full HTML (web archive)
 * @param mailHtml the HTML part of the mail: the full HTML, or under 100 kB the leads and a pointer to the PDF
 * @param text     the text/plain part of the mail
 * @param pdf      the typeset PDF
 */
public record RenderedIssue(Issue issue, String html, String mailHtml, String text, byte[] pdf, String pdfFileName) {}
