package org.newsdesk.read;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.newsdesk.domain.NoteFile;

/** Notes of every format built in memory for tests: nothing large or hostile is ever committed. */
public final class TestNotes {

    public static final String GOOD_NOTE = """
            ---
            title: Forum on South-South Cooperation
            date: 2021-09-15
            ---
            ## Zhang Yan — Partnership Expert, UNICEF China

            The Platform is open, inclusive and pragmatic.
            """;

    private static final String[] SURNAMES = {
        "Zhang", "Wang", "Li", "Zhao", "Chen", "Yang", "Huang", "Zhou", "Wu", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo",
        "He", "Lin", "Luo", "Gao", "Liang"
    };
    private static final String[] GIVEN = {
        "Wei", "Fang", "Min", "Jing", "Lei", "Yan", "Jie", "Tao", "Ming", "Chao", "Hua", "Ping", "Gang", "Hong", "Bin",
        "Yun", "Xin", "Li", "Qiang", "Juan", "Ying", "Hui", "Jun", "Dan", "Ning", "Kai", "Lan", "Rui", "Bo", "Yu",
        "Hao", "Xia", "Mei", "Long", "Feng", "Jian", "Lu", "Peng", "Qing", "Rong", "Shan", "Ting", "Wen", "Xue", "Yi",
        "Zhen", "Zhi", "Chun", "Dong", "Guang"
    };

    private TestNotes() {}

    /** A distinct, ordinary-looking name for each number below 1 000 (then they repeat). */
    public static String person(int i) {
        return SURNAMES[i % SURNAMES.length] + " " + GIVEN[(i / SURNAMES.length) % GIVEN.length];
    }

    public static NoteFile file(String name, byte[] bytes) {
        return new NoteFile(name, bytes, null, Instant.parse("2026-11-23T10:00:00Z"), "folder");
    }

    public static NoteFile file(String name, String text) {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] docx(String... paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A zip laid out like a .docx whose parts are given as name, content pairs. */
    public static byte[] zip(String... nameAndContent) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < nameAndContent.length; i += 2) {
                zip.putNextEntry(new ZipEntry(nameAndContent[i]));
                zip.write(nameAndContent[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    public static byte[] pdf(String... lines) throws IOException {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.setLeading(14);
                content.newLineAtOffset(50, 700);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    public static MimeMessage mail(String from, String subject) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress(from));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress("notes@newsdesk.test"));
        m.setSubject(subject, "UTF-8");
        return m;
    }

    /** A mail whose notes are attachments: each pair is the attachment part and its file name. */
    public static MimeMessage mailWithAttachments(String from, String cover, MimeBodyPart... attachments)
            throws Exception {
        MimeMessage m = mail(from, "Notes");
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(cover, "UTF-8");
        mixed.addBodyPart(text);
        for (MimeBodyPart a : attachments) {
            mixed.addBodyPart(a);
        }
        m.setContent(mixed);
        m.saveChanges();
        return m;
    }

    public static MimeBodyPart attachment(byte[] bytes, String contentType) throws Exception {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(
                new jakarta.activation.DataHandler(new jakarta.mail.util.ByteArrayDataSource(bytes, contentType)));
        part.setHeader("Content-Transfer-Encoding", "base64");
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        return part;
    }

    public static byte[] bytes(MimeMessage m) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return out.toByteArray();
    }
}
