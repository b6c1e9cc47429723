package org.newsdesk.deliver;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.eclipse.angus.mail.util.BASE64EncoderStream;
import org.eclipse.angus.mail.util.QPEncoderStream;
import org.newsdesk.render.IssueRenderer;
import org.newsdesk.render.RenderedIssue;

/**
 * The body parts of an issue's mails, transfer-encoded once per issue instead of once per mail: the
 * PDF in base64, the text and HTML parts in quoted-printable up to the line where each mail's own
 * unsubscribe footer starts (the HTML's marked footer, with each subscriber's links put in). Only the footer is encoded per mail. Quoted-printable works line by
 * line, so encoding the prefix (ending in a line break) and the footer separately gives the same
 * bytes as encoding them together.
 */
final class EncodedParts {

    /** One issue's shared, already encoded bytes. */
    private record Shared(
            RenderedIssue issue,
            byte[] textHead,
            byte[] htmlHead,
            String htmlFooter,
            String htmlTail,
            byte[] pdf,
            String pdfType,
            String pdfDisposition) {}

    private final Map<String, Shared> byIssue = new ConcurrentHashMap<>();

    MimeBodyPart text(RenderedIssue rendered, String footer) throws MessagingException {
        Shared s = shared(rendered);
        return part(s.textHead(), qp(footer), "text/plain; charset=UTF-8", "quoted-printable", null);
    }

    /**
     * The HTML part: the issue's own footer (the part between {@link IssueRenderer#FOOTER_START} and
     * {@link IssueRenderer#FOOTER_END}) as {@code ownFooter} makes it for this mail, or, where the template marks
     * none, {@code fallback} before {@code </body>}.
     */
    MimeBodyPart html(RenderedIssue rendered, UnaryOperator<String> ownFooter, String fallback)
            throws MessagingException {
        Shared s = shared(rendered);
        String tail = s.htmlFooter() == null ? fallback + s.htmlTail() : ownFooter.apply(s.htmlFooter()) + s.htmlTail();
        return part(s.htmlHead(), qp(tail), "text/html; charset=UTF-8", "quoted-printable", null);
    }

    MimeBodyPart pdf(RenderedIssue rendered) throws MessagingException {
        Shared s = shared(rendered);
        return part(s.pdf(), null, s.pdfType(), "base64", s.pdfDisposition());
    }

    private Shared shared(RenderedIssue rendered) throws MessagingException {
        Shared s = byIssue.get(rendered.issue().id());
        if (s != null && s.issue() == rendered) {
            return s;
        }
        if (byIssue.size() > 16) {
            byIssue.clear();
        }
        String html = rendered.mailHtml();
        int start = html.indexOf(IssueRenderer.FOOTER_START);
        int stop = start < 0 ? -1 : html.indexOf(IssueRenderer.FOOTER_END, start);
        String htmlHead;
        String htmlFooter = null;
        String htmlTail;
        if (stop >= 0) {
            htmlHead = html.substring(0, start) + "\n";
            htmlFooter = html.substring(start, stop + IssueRenderer.FOOTER_END.length());
            htmlTail = html.substring(stop + IssueRenderer.FOOTER_END.length());
        } else {
            int end = html.lastIndexOf("</body>");
            htmlHead = (end < 0 ? html : html.substring(0, end)) + "\n";
            htmlTail = end < 0 ? "" : html.substring(end);
        }
        String name = HeaderText.clean(rendered.pdfFileName());
        ContentType type = new ContentType("application/pdf");
        type.setParameter("name", name);
        ContentDisposition disposition = new ContentDisposition("attachment");
        disposition.setParameter("filename", name);
        s = new Shared(
                rendered,
                qp(rendered.text() + "\n\n"),
                qp(htmlHead),
                htmlFooter,
                htmlTail,
                base64(rendered.pdf()),
                type.toString(),
                disposition.toString());
        byIssue.put(rendered.issue().id(), s);
        return s;
    }

    private static MimeBodyPart part(byte[] head, byte[] tail, String type, String encoding, String disposition)
            throws MessagingException {
        InternetHeaders headers = new InternetHeaders();
        headers.setHeader("Content-Type", type);
        headers.setHeader("Content-Transfer-Encoding", encoding);
        if (disposition != null) {
            headers.setHeader("Content-Disposition", disposition);
        }
        byte[] content = head;
        if (tail != null) {
            content = new byte[head.length + tail.length];
            System.arraycopy(head, 0, content, 0, head.length);
            System.arraycopy(tail, 0, content, head.length, tail.length);
        }
        return new MimeBodyPart(headers, content);
    }

    /** Quoted-printable with CRLF line ends, without going through the provider lookup of MimeUtility. */
    static byte[] qp(String text) {
        String crlf = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n");
        return encode(crlf.getBytes(StandardCharsets.UTF_8), false);
    }

    static byte[] base64(byte[] bytes) {
        return encode(bytes, true);
    }

    private static byte[] encode(byte[] bytes, boolean base64) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 4 / 3 + 64);
        try (OutputStream enc = base64 ? new BASE64EncoderStream(out) : new QPEncoderStream(out)) {
            enc.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
