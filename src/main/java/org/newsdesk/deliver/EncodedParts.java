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
import org.eclipse.angus.mail.util.BASE64EncoderStream;
import org.eclipse.angus.mail.util.QPEncoderStream;
import org.newsdesk.render.RenderedIssue;

/**
 * The body parts of an issue's mails, transfer-encoded once per issue instead of once per mail: the
 * PDF in base64, the text and HTML parts in quoted-printable up to the line where each mail's own
 * unsubscribe footer starts. Only the footer is encoded per mail. Quoted-printable works line by
 * line, so encoding the prefix (ending in a line break) and the footer separately gives the same
 * bytes as encoding them together.
 */
final class EncodedParts {

    /** One issue's shared, already encoded bytes. */
    private record Shared(
            RenderedIssue issue,
            byte[] textHead,
            byte[] htmlHead,
            String htmlTail,
            byte[] pdf,
            String pdfType,
            String pdfDisposition) {}

    private final Map<String, Shared> byIssue = new ConcurrentHashMap<>();

    MimeBodyPart text(RenderedIssue rendered, String footer) throws MessagingException {
        Shared s = shared(rendered);
        return part(s.textHead(), qp(footer), "text/plain; charset=UTF-8", "quoted-printable", null);
    }

    MimeBodyPart html(RenderedIssue rendered, String footer) throws MessagingException {
        Shared s = shared(rendered);
        return part(s.htmlHead(), qp(footer + s.htmlTail()), "text/html; charset=UTF-8", "quoted-printable", null);
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
        int end = html.lastIndexOf("</body>");
        String htmlHead = (end < 0 ? html : html.substring(0, end)) + "\n";
        String htmlTail = end < 0 ? "" : html.substring(end);
        String name = HeaderText.clean(rendered.pdfFileName());
        ContentType type = new ContentType("application/pdf");
        type.setParameter("name", name);
        ContentDisposition disposition = new ContentDisposition("attachment");
        disposition.setParameter("filename", name);
        s = new Shared(
                rendered,
                qp(rendered.text() + "\n\n"),
                qp(htmlHead),
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
