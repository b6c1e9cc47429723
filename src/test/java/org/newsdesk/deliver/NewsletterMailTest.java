package org.newsdesk.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.domain.Issue;
import org.newsdesk.domain.Publication;
import org.newsdesk.domain.Subscriber;
import org.newsdesk.render.RenderedIssue;

class NewsletterMailTest {

    static final Publication LMEC = PublicationProfiles.load(DeliveryWorld.PROJECT.resolve("config/publications"))
            .get("lmec");
    static final byte[] PDF = "%PDF-1.7\n% a tiny stand-in\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final UnsubscribeTokens TOKENS = new UnsubscribeTokens(DeliveryWorld.SECRET);

    static RenderedIssue issue(String label) {
        Issue issue = new Issue("lmec-2021-6", "lmec", 2021, 6, label, LocalDate.of(2021, 4, 9), List.of());
        return new RenderedIssue(
                issue,
                "<html><body><h1>LMEC</h1></body></html>",
                "<html><body><h1>LMEC 澜沧江</h1></body></html>",
                "LMEC Newsletter\n澜沧江-湄公河环境合作中心\n",
                PDF,
                "LMEC-Newsletter-Issue-6-2021.pdf");
    }

    static MimeMessage roundTrip(MimeMessage m) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw(m)));
    }

    static byte[] raw(MimeMessage m) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return out.toByteArray();
    }

    /** The header section as written, lines not unfolded. */
    static List<String> rawHeaderLines(MimeMessage m) throws Exception {
        String all = new String(raw(m), StandardCharsets.US_ASCII);
        return List.of(all.substring(0, all.indexOf("\r\n\r\n")).split("\r\n"));
    }

    final NewsletterMail mail = new NewsletterMail(TOKENS, "https://news.example.org/");
    final Subscriber wang = new Subscriber(42, "lmec", "wang.xiaoming@example.com", "王小明", "zh", "active");

    @Test
    void mailIsMixedWithAlternativeTextThenHtmlAndThePdfAttached() throws Exception {
        MimeMessage m = roundTrip(mail.compose(issue("Issue 6, 2021"), LMEC, wang));
        assertThat(m.getContentType()).startsWith("multipart/mixed");
        MimeMultipart mixed = (MimeMultipart) m.getContent();
        assertThat(mixed.getCount()).isEqualTo(2);
        BodyPart body = mixed.getBodyPart(0);
        assertThat(body.getContentType()).startsWith("multipart/alternative");
        MimeMultipart alternative = (MimeMultipart) body.getContent();
        assertThat(alternative.getCount()).isEqualTo(2);
        assertThat(alternative.getBodyPart(0).getContentType())
                .startsWith("text/plain")
                .contains("UTF-8");
        assertThat((String) alternative.getBodyPart(0).getContent())
                .contains("澜沧江-湄公河环境合作中心", "https://news.example.org/unsubscribe?t=");
        assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat((String) alternative.getBodyPart(1).getContent()).contains("澜沧江", "Unsubscribe</a>");
        BodyPart pdf = mixed.getBodyPart(1);
        assertThat(pdf.getContentType()).startsWith("application/pdf");
        assertThat(pdf.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(pdf.getFileName()).isEqualTo("LMEC-Newsletter-Issue-6-2021.pdf");
        assertThat(pdf.getInputStream().readAllBytes()).isEqualTo(PDF);
    }

    @Test
    void headersComeFromTheProfileWithListHeadersAndOneClickUnsubscribe() throws Exception {
        MimeMessage m = roundTrip(mail.compose(issue("Issue 6, 2021"), LMEC, wang));
        assertThat(((InternetAddress) m.getFrom()[0]).getAddress()).isEqualTo("newsletter@lmec.example");
        assertThat(((InternetAddress) m.getReplyTo()[0]).getAddress()).isEqualTo("comms@lmec.example");
        InternetAddress to = (InternetAddress) m.getRecipients(MimeMessage.RecipientType.TO)[0];
        assertThat(to.getAddress()).isEqualTo("wang.xiaoming@example.com");
        assertThat(to.getPersonal()).isEqualTo("王小明");
        // an issue without events: the label ends the subject, no colon left behind
        assertThat(m.getSubject()).isEqualTo("LMEC Newsletter Issue 6, 2021");
        assertThat(m.getSentDate()).isNotNull();
        assertThat(m.getMessageID()).matches("<lmec-2021-6\\.42\\.[0-9a-f-]+@lmec\\.example>");
        assertThat(m.getHeader("List-Id", null))
                .isEqualTo("Lancang-Mekong Environmental Cooperation Center Newsletter <lmec.list.lmec.example>");
        assertThat(m.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        String unsubscribe = m.getHeader("List-Unsubscribe", null).replaceAll("\\s+", " ");
        Matcher urls = Pattern.compile(
                        "<(https://news\\.example\\.org/unsubscribe\\?t=([^>]+))>, <(mailto:newsletter@lmec\\.example\\?subject=[^>]+)>")
                .matcher(unsubscribe);
        assertThat(urls.matches()).as(unsubscribe).isTrue();
        String token = java.net.URLDecoder.decode(urls.group(2), StandardCharsets.UTF_8);
        assertThat(TOKENS.verify(token, "lmec", id -> java.util.Optional.of("wang.xiaoming@example.com")))
                .contains(42L);
    }

    @Test
    void partsEncodedOncePerIssueDecodeToExactlyTheIssueAndEachSubscribersFooter() throws Exception {
        String longLine =
                "A line longer than seventy-six characters with = signs, tabs\tand 澜沧江-湄公河环境合作中心 ".repeat(4) + "  ";
        String text = "Title\n" + longLine + "\n.leading dot\nend with spaces   ";
        String html = "<html><body><p style=\"a=b\">" + longLine + "</p>\n</body></html>";
        RenderedIssue base = issue("Issue 6, 2021");
        RenderedIssue odd = new RenderedIssue(base.issue(), html, html, text, PDF, base.pdfFileName());
        for (Subscriber s : List.of(wang, new Subscriber(7, "lmec", "x@example.org", null, "en", "active"))) {
            MimeMessage m = roundTrip(mail.compose(odd, LMEC, s));
            MimeMultipart alternative = (MimeMultipart)
                    ((MimeMultipart) m.getContent()).getBodyPart(0).getContent();
            String url = "https://news.example.org/unsubscribe?t="
                    + java.net.URLEncoder.encode(TOKENS.tokenFor("lmec", s.id(), s.address()), StandardCharsets.UTF_8);
            String preferences = url.replace("/unsubscribe?t=", "/p/preferences?t=");
            assertThat((String) alternative.getBodyPart(0).getContent())
                    .isEqualTo((text + "\n\n--\n" + LMEC.subscriptionReason()
                                    + "\nYour subscription (name, language, leave): " + preferences
                                    + "\nUnsubscribe: " + url + "\n")
                            .replace("\n", "\r\n"));
            assertThat((String) alternative.getBodyPart(1).getContent())
                    .isEqualTo(("<html><body><p style=\"a=b\">" + longLine + "</p>\n\n"
                                    + "<p style=\"font-size:12px;color:#4a4a48;text-align:center\">"
                                    + LMEC.subscriptionReason() + " <a href=\""
                                    + preferences + "\">Your subscription</a> · <a href=\""
                                    + url + "\">Unsubscribe</a></p>\n</body></html>")
                            .replace("\n", "\r\n"));
        }
    }

    static RenderedIssue issueLedBy(String firstTitle) {
        Issue issue = new Issue(
                "lmec-2021-6",
                "lmec",
                2021,
                6,
                "Issue 6, 2021",
                LocalDate.of(2021, 4, 9),
                new org.newsdesk.assemble.EventMerger()
                        .merge(List.of(
                                org.newsdesk.testing.SampleItems.item(
                                        "a", "lmec", firstTitle, LocalDate.of(2021, 4, 8), "A lead.", List.of()),
                                org.newsdesk.testing.SampleItems.item(
                                        "b",
                                        "lmec",
                                        "A later event",
                                        LocalDate.of(2021, 4, 9),
                                        "Its lead.",
                                        List.of()))));
        RenderedIssue base = issue("Issue 6, 2021");
        return new RenderedIssue(issue, base.html(), base.mailHtml(), base.text(), PDF, base.pdfFileName());
    }

    @Test
    void theSubjectNamesTheLeadEventAsTheProfileSays() throws Exception {
        MimeMessage m = roundTrip(mail.compose(issueLedBy("Roundtable on Green Finance"), LMEC, wang));
        assertThat(m.getSubject()).isEqualTo("LMEC Newsletter Issue 6, 2021: Roundtable on Green Finance");
        // the default names the issue and its lead event; the sender's name already says which newsletter it is
        Publication byDefault = withSubject(LMEC, org.newsdesk.config.PublicationProfiles.DEFAULT_SUBJECT);
        assertThat(NewsletterMail.subject(issueLedBy("Roundtable"), byDefault)).isEqualTo("Issue 6, 2021: Roundtable");
    }

    @Test
    void aLongSubjectIsCutAtAWordAndEndsInAnEllipsis() throws Exception {
        String title = "Lancang-Mekong Roundtable Dialogue on Regional and Global Environmental Governance: Action on"
                + " Climate Change and Sustainable Infrastructure";
        MimeMessage m = roundTrip(mail.compose(issueLedBy(title), LMEC, wang));
        String subject = m.getSubject();
        assertThat(subject.codePointCount(0, subject.length())).isLessThanOrEqualTo(NewsletterMail.SUBJECT_LIMIT);
        assertThat(subject).isEqualTo("LMEC Newsletter Issue 6, 2021: Lancang-Mekong Roundtable Dialogue on…");
        String chinese = "澜沧江-湄公河环境合作中心".repeat(8);
        String cut = NewsletterMail.subject(issueLedBy(chinese), LMEC);
        assertThat(cut.codePointCount(0, cut.length())).isEqualTo(NewsletterMail.SUBJECT_LIMIT);
        assertThat(cut).startsWith("LMEC Newsletter Issue 6, 2021: 澜沧江").endsWith("…");
    }

    @Test
    void theHtmlFooterTheIssueMarksGetsEachSubscribersLinksAndACopyLeavesItOut() throws Exception {
        String html = "<html><body><p>Issue</p>\n" + org.newsdesk.render.IssueRenderer.FOOTER_START
                + "<p style=\"color: red\">Why. <a href=\"" + org.newsdesk.render.IssueRenderer.PREFERENCES_LINK
                + "\">Your subscription</a> <a href=\"" + org.newsdesk.render.IssueRenderer.UNSUBSCRIBE_LINK
                + "\">Unsubscribe</a></p>" + org.newsdesk.render.IssueRenderer.FOOTER_END + "\n</body></html>";
        RenderedIssue base = issue("Issue 6, 2021");
        RenderedIssue marked = new RenderedIssue(base.issue(), html, html, base.text(), PDF, base.pdfFileName());
        MimeMessage m = roundTrip(mail.compose(marked, LMEC, wang));
        String part = (String)
                ((MimeMultipart) ((MimeMultipart) m.getContent()).getBodyPart(0).getContent())
                        .getBodyPart(1)
                        .getContent();
        String url = "https://news.example.org/unsubscribe?t="
                + java.net.URLEncoder.encode(TOKENS.tokenFor("lmec", 42, wang.address()), StandardCharsets.UTF_8);
        assertThat(part)
                .contains("<a href=\"" + url + "\">Unsubscribe</a>")
                .contains("<a href=\"" + url.replace("/unsubscribe?t=", "/p/preferences?t=") + "\">Your subscription")
                .doesNotContain("newsdesk.invalid")
                .containsOnlyOnce("Unsubscribe</a>");
        MimeMessage copy = roundTrip(mail.copy(marked, LMEC, "archive@lmec.example"));
        String copied = (String) ((MimeMultipart)
                        ((MimeMultipart) copy.getContent()).getBodyPart(0).getContent())
                .getBodyPart(1)
                .getContent();
        assertThat(copied).contains("<p>Issue</p>").doesNotContain("Unsubscribe", "Why.");
    }

    @Test
    void everyMailHasItsOwnMessageId() throws Exception {
        MimeMessage a = mail.compose(issue("Issue 6, 2021"), LMEC, wang);
        MimeMessage b = mail.compose(issue("Issue 6, 2021"), LMEC, wang);
        assertThat(a.getMessageID()).isNotEqualTo(b.getMessageID());
    }

    @Test
    void chineseHeadersAreEncodedWordsOfAtMost75CharactersThatNeverSplitACharacter() throws Exception {
        Publication longSubject = withSubject(LMEC, "{label} 澜沧江-湄公河环境合作中心 生态环境部对外合作与交流中心 澜湄环境合作中心简报");
        Subscriber longName =
                new Subscriber(43, "lmec", "zhang@example.com", "张三丰 澜沧江-湄公河环境合作中心 生态环境部对外合作与交流中心", "zh", "active");
        MimeMessage m = mail.compose(issue("Issue 6, 2021"), longSubject, longName);
        List<String> lines = rawHeaderLines(m);
        List<String> words = new ArrayList<>();
        Matcher w = Pattern.compile("=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?=").matcher(String.join("\n", lines));
        while (w.find()) {
            words.add(w.group());
            assertThat(w.group().length()).as(w.group()).isLessThanOrEqualTo(75);
            byte[] bytes =
                    w.group(2).equalsIgnoreCase("B") ? Base64.getDecoder().decode(w.group(3)) : qDecode(w.group(3));
            assertThat(decodesCleanly(bytes, w.group(1)))
                    .as("whole characters in " + w.group())
                    .isTrue();
        }
        assertThat(words.size()).isGreaterThan(4);
        for (String line : lines) {
            assertThat(line.length()).as(line).isLessThanOrEqualTo(998);
            assertThat(line.chars().allMatch(c -> c < 128)).as(line).isTrue();
        }
        MimeMessage back = roundTrip(m);
        assertThat(back.getSubject()).isEqualTo("Issue 6, 2021 澜沧江-湄公河环境合作中心 生态环境部对外合作与交流中心 澜湄环境合作中心简报");
        assertThat(((InternetAddress) back.getRecipients(MimeMessage.RecipientType.TO)[0]).getPersonal())
                .isEqualTo("张三丰 澜沧江-湄公河环境合作中心 生态环境部对外合作与交流中心");
    }

    @Test
    void lineBreaksInValuesPeopleWriteNeverAddAHeader() throws Exception {
        Publication evil = new Publication(
                "lmec",
                "LMEC\r\nBcc: victim1@evil.example",
                LMEC.language(),
                LMEC.mastheadZh(),
                LMEC.mastheadEn(),
                LMEC.subtitle(),
                LMEC.issueLabel(),
                LMEC.issueDateFormat(),
                LMEC.contactHeading(),
                LMEC.contactVerbatim(),
                LMEC.about(),
                LMEC.fromAddress(),
                LMEC.replyTo(),
                "{name}\nX-Injected: subject {label}",
                LMEC.speakerStyle(),
                null,
                null,
                List.of(),
                List.of(),
                false,
                null,
                null,
                null);
        Subscriber eve = new Subscriber(
                44, "lmec", "eve@example.com", "Eve\r\nBcc: victim2@evil.example\r\n\r\nbody", "en", "active");
        MimeMessage m = mail.compose(issue("Issue 6\r\nX-Injected: label\r\nCc: victim3@evil.example"), evil, eve);
        MimeMessage back = roundTrip(m);
        assertThat(back.getHeader("Bcc")).isNull();
        assertThat(back.getHeader("Cc")).isNull();
        assertThat(back.getHeader("X-Injected")).isNull();
        assertThat(back.getAllRecipients()).hasSize(1);
        assertThat(((InternetAddress) back.getAllRecipients()[0]).getAddress()).isEqualTo("eve@example.com");
        assertThat(back.getSubject()).doesNotContain("\r", "\n").contains("X-Injected: label");
        for (String line : rawHeaderLines(m)) {
            assertThat(line).doesNotStartWith("Bcc").doesNotStartWith("Cc").doesNotStartWith("X-Injected");
        }
    }

    @Test
    void anAttachmentNameWithLineBreaksStaysOneParameter() throws Exception {
        RenderedIssue base = issue("Issue 6, 2021");
        RenderedIssue odd = new RenderedIssue(
                base.issue(), base.html(), base.mailHtml(), base.text(), PDF, "a\r\nX-Injected: 1\r\n.pdf");
        MimeMessage back = roundTrip(mail.compose(odd, LMEC, wang));
        BodyPart pdf = ((MimeMultipart) back.getContent()).getBodyPart(1);
        assertThat(pdf.getHeader("X-Injected")).isNull();
        assertThat(pdf.getFileName()).doesNotContain("\r", "\n");
    }

    static Publication withSubject(Publication p, String subject) {
        return new Publication(
                p.id(),
                p.name(),
                p.language(),
                p.mastheadZh(),
                p.mastheadEn(),
                p.subtitle(),
                p.issueLabel(),
                p.issueDateFormat(),
                p.contactHeading(),
                p.contactVerbatim(),
                p.about(),
                p.fromAddress(),
                p.replyTo(),
                subject,
                p.speakerStyle(),
                p.schedule(),
                p.timeZone(),
                p.mailboxAliases(),
                p.intakeAddresses(),
                false,
                null,
                p.houseStyle(),
                null);
    }

    private static boolean decodesCleanly(byte[] bytes, String charset) {
        try {
            java.nio.charset.Charset.forName(charset)
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] qDecode(String q) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '_') {
                out.write(' ');
            } else if (c == '=') {
                out.write(Integer.parseInt(q.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }
}
