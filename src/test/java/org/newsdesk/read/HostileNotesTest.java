package org.newsdesk.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsdesk.read.TestNotes.file;

import jakarta.mail.internet.MimeBodyPart;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsdesk.domain.NoteRejectedException;
import org.newsdesk.domain.ReadLimits;

/** Every kind of broken or hostile note is refused with its code (or read safely) quickly and in bounded memory. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HostileNotesTest {

    private final NoteReader reader = new NoteReader(ReadLimits.defaults());

    private static void refused(ThrowableAssert.ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(NoteRejectedException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.problem().message())
                    .doesNotContain("\n")
                    .doesNotContain("Exception")
                    .endsWith(".");
        });
    }

    // --- empty ---------------------------------------------------------------------------------------------

    @Test
    void anEmptyFileIsRefusedAsEmptyInput() {
        for (String name : List.of("a.txt", "a.md", "a.html", "a.eml", "a.pdf", "a.docx")) {
            refused(() -> reader.read(file(name, new byte[0])), "empty-input");
        }
    }

    @Test
    void aFileOfBlanksAndControlCharactersIsRefusedAsEmptyInput() {
        refused(() -> reader.read(file("a.txt", " \r\n\t\u000b\u0007 \n")), "empty-input");
        refused(
                () -> reader.read(file("a.html", "<html><body><p> </p><script>x()</script></body></html>")),
                "empty-input");
    }

    @Test
    void anEmptyMailIsRefusedAsEmptyInput() {
        refused(() -> reader.read(file("a.eml", "From: a@b.test\r\nSubject: notes\r\n\r\n\r\n")), "empty-input");
    }

    // --- binary and executables ---------------------------------------------------------------------------

    @Test
    void binaryBytesUnderATextNameAreRefusedAsBinaryContent() {
        byte[] png = new byte[4096];
        new java.util.Random(1).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0}, 0, png, 0, 10);
        for (String name : List.of("photo.txt", "photo.md", "photo.html")) {
            refused(() -> reader.read(file(name, png)), "binary-content");
        }
        byte[] exe = Arrays.copyOf("MZ\u0090\u0000\u0003".getBytes(StandardCharsets.ISO_8859_1), 2048);
        refused(() -> reader.read(file("notes.txt", exe)), "binary-content");
    }

    @Test
    void anExecutableNamedLikeATextFileIsRefusedByItsLastExtension() {
        refused(() -> reader.read(file("notes.txt.exe", "MZ this is a program")), "unsupported-attachment-type");
        refused(() -> reader.read(file("notes.txt.", "text")), "unsupported-attachment-type");
        refused(() -> reader.read(file("notes", "text")), "unsupported-attachment-type");
    }

    // --- size ----------------------------------------------------------------------------------------------

    @Test
    void aNoteOverTheSizeLimitIsRefusedAsTooLarge() {
        NoteReader small = new NoteReader(new ReadLimits(1024, 2_000_000, 50L << 20, 200, 20));
        refused(() -> small.read(file("big.txt", "a".repeat(1025))), "too-large");
    }

    @Test
    void aMultiMegabyteSingleLineIsReadInLinearTime() {
        String line = "Ms. Miao Hong, noted that " + "green finance, ".repeat(400_000); // 6 MB, one line
        NoteReader roomy = new NoteReader(new ReadLimits(20L << 20, 20_000_000, 50L << 20, 200, 20));
        for (String name : List.of("line.txt", "line.md")) {
            assertThat(roomy.read(file(name, line)).get(0).text())
                    .hasSize(line.strip().length());
        }
        assertThat(roomy.read(file("line.html", "<p>" + line + "</p>")).get(0).text())
                .startsWith("Ms. Miao Hong");
        String blanks = "x" + " \t".repeat(3_000_000) + "y";
        assertThat(roomy.read(file("blanks.txt", blanks)).get(0).text()).isEqualTo(blanks);
    }

    // --- encodings and control bytes -------------------------------------------------------------------------

    @Test
    void invalidUtf8IsRefusedNamingTheByteOffset() {
        byte[] bytes = "Zhang Yan — UNICEF\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = Arrays.copyOf(bytes, bytes.length + 3);
        bad[bytes.length] = (byte) 0xC3;
        bad[bytes.length + 1] = '(';
        bad[bytes.length + 2] = '\n';
        assertThatThrownBy(() -> reader.read(file("bad.txt", bad)))
                .isInstanceOfSatisfying(NoteRejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo("invalid-utf8");
                    assertThat(e.problem().message()).contains("offset " + bytes.length);
                });
    }

    @Test
    void aNulByteMakesATextFileBinary() {
        refused(() -> reader.read(file("nul.txt", "Notes\u0000more notes")), "binary-content");
    }

    @Test
    void controlCharactersNeverReachTheText() {
        String text = reader.read(file("ctl.txt", "Title\u0007\u001b[31m red\u0008\r\nline\u0085two\u2028three\u000c"))
                .get(0)
                .text();
        assertThat(text).isEqualTo("Title[31m red\nlinetwo\nthree");
        assertThat(text.chars())
                .allMatch(c -> c == '\n' || c == '\t' || c >= 0x20 && c != 0x7F && !(c >= 0x80 && c < 0xA0));
    }

    @Test
    void controlCharactersInAFileNameNeverReachTheNote() {
        ReadNote note = reader.read(file("evil\u0000\r\n\u001b.txt", "Notes")).get(0);
        assertThat(note.fileName()).isEqualTo("evil.txt");
    }

    // --- HTML ------------------------------------------------------------------------------------------------

    @Test
    void aHundredThousandNestedElementsAreReadWithoutExhaustingTheStack() {
        String html = "<html><body>" + "<div><span>".repeat(50_000) + "deep text" + "</span></div>".repeat(50_000)
                + "<p>after</p></body></html>";
        String text = reader.read(file("deep.html", html)).get(0).text();
        assertThat(text).contains("deep text").contains("after");
    }

    @Test
    void htmlNeverFetchesAnythingAndDropsScripts() {
        String text = reader.read(file("page.html", """
                <html><head><link rel="stylesheet" href="http://127.0.0.1:9/x.css"><script>alert(1)</script></head>
                <body><img src="http://127.0.0.1:9/x.png"><iframe src="file:///etc/passwd"></iframe><p>Real note</p></body></html>
                """)).get(0).text();
        assertThat(text).isEqualTo("Real note");
    }

    // --- mail ------------------------------------------------------------------------------------------------

    @Test
    void aMultipartMailWithTheWrongBoundaryIsRefusedAsMalformedMime() {
        String mail = "From: a@b.test\r\nSubject: notes\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"right\"\r\n\r\n"
                + "--wrong\r\nContent-Type: text/plain\r\n\r\nnotes\r\n--wrong--\r\n";
        refused(() -> reader.read(file("m.eml", mail)), "malformed-mime");
    }

    @Test
    void aTruncatedBase64AttachmentIsRefusedAsMalformedMime() {
        String mail = "From: a@b.test\r\nSubject: notes\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
                + "--b\r\nContent-Type: text/plain\r\n\r\ncover\r\n"
                + "--b\r\nContent-Type: text/plain; name=notes.txt\r\nContent-Disposition: attachment; filename=notes.txt\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\nTm90ZXMgZnJvbSB0aGUgZm9ydW0gb24gU291dGgtU291dGgg\r\nQ29vcGVyYX";
        refused(() -> reader.read(file("m.eml", mail)), "malformed-mime");
    }

    @Test
    void mailsForwardedInsideEachOtherTooDeeplyAreRefused() {
        String inner = "From: a@b.test\r\nSubject: x\r\n\r\nnotes\r\n";
        for (int i = 0; i < 8; i++) {
            inner = "From: a@b.test\r\nSubject: fwd\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b"
                    + i + "\"\r\n\r\n" + "--b" + i + "\r\nContent-Type: message/rfc822\r\n\r\n" + inner + "\r\n--b" + i
                    + "--\r\n";
        }
        String mail = inner;
        refused(() -> reader.read(file("m.eml", mail)), "malformed-mime");
    }

    @Test
    void attachmentNamesThatClimbFoldersOrHideControlCharactersAreRefused() throws Exception {
        for (String name : List.of(
                "../../etc/cron.d/notes.txt", "..\\..\\Windows\\notes.txt", "notes\u0000.txt", "notes\r\nBcc: x.txt")) {
            MimeBodyPart part = TestNotes.attachment("Notes".getBytes(StandardCharsets.UTF_8), "text/plain");
            part.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + percent(name));
            byte[] mail = TestNotes.bytes(TestNotes.mailWithAttachments("o@b.test", "see attached", part));
            refused(() -> reader.read(file("m.eml", mail)), "unsafe-attachment-name");
        }
    }

    @Test
    void anRfc2231EncodedSlashCannotSmuggleAFolderIntoAnAttachmentName() throws Exception {
        MimeBodyPart part = TestNotes.attachment("Notes".getBytes(StandardCharsets.UTF_8), "text/plain");
        part.setHeader("Content-Disposition", "attachment; filename*=UTF-8''..%2F..%2Fnotes.txt");
        byte[] mail = TestNotes.bytes(TestNotes.mailWithAttachments("o@b.test", "see attached", part));
        refused(() -> reader.read(file("m.eml", mail)), "unsafe-attachment-name");
    }

    @Test
    void anAbsolutePathAsAttachmentNameKeepsOnlyTheFileName() throws Exception {
        for (String name : List.of("/etc/notes.txt", "C:\\Users\\officer\\notes.txt")) {
            MimeBodyPart part = TestNotes.attachment("Notes".getBytes(StandardCharsets.UTF_8), "text/plain");
            part.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + percent(name));
            byte[] mail = TestNotes.bytes(TestNotes.mailWithAttachments("o@b.test", "see attached", part));
            assertThat(reader.read(file("m.eml", mail)))
                    .singleElement()
                    .extracting(ReadNote::fileName)
                    .isEqualTo("notes.txt");
        }
    }

    @Test
    void anExecutableAttachmentNamedTxtExeIsRefused() throws Exception {
        MimeBodyPart part =
                TestNotes.attachment("MZ program".getBytes(StandardCharsets.UTF_8), "application/octet-stream");
        part.setFileName("notes.txt.exe");
        byte[] mail = TestNotes.bytes(TestNotes.mailWithAttachments("o@b.test", "see attached", part));
        refused(() -> reader.read(file("m.eml", mail)), "unsupported-attachment-type");
    }

    @Test
    void crAndLfInAnEncodedSubjectNeverReachTheNote() throws Exception {
        String mail = "From: a@b.test\r\nSubject: =?UTF-8?Q?Forum=0D=0ABcc:_victim@x.test?=\r\n\r\nnotes\r\n";
        ReadNote note = reader.read(file("m.eml", mail)).get(0);
        assertThat(note.subject())
                .isEqualTo("Forum Bcc: victim@x.test")
                .doesNotContain("\r")
                .doesNotContain("\n");
    }

    // --- PDF -------------------------------------------------------------------------------------------------

    @Test
    void aPdfIsReadAndATruncatedOneIsRefusedAsCorrupt() throws IOException {
        byte[] pdf = TestNotes.pdf(
                "Forum on South-South Cooperation", "Zhang Yan, UNICEF, noted that the Platform is open.");
        assertThat(reader.read(file("n.pdf", pdf)).get(0).text()).contains("Zhang Yan, UNICEF");
        refused(() -> reader.read(file("n.pdf", Arrays.copyOf(pdf, pdf.length / 2))), "corrupt-pdf");
        refused(() -> reader.read(file("n.pdf", "%PDF-1.7\n garbage %%EOF")), "corrupt-pdf");
        refused(() -> reader.read(file("n.pdf", "not a pdf at all")), "corrupt-pdf");
    }

    // --- Word ------------------------------------------------------------------------------------------------

    @Test
    void aWordFileIsRead() throws IOException {
        byte[] docx = TestNotes.docx("Forum on South-South Cooperation", "Zhang Yan noted that the Platform is open.");
        assertThat(reader.read(file("n.docx", docx)).get(0).text()).contains("Zhang Yan noted");
    }

    @Test
    void aZipBombDocxIsRefusedBeforeItIsInflated() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 1024; i++) { // 1 GiB of spaces, about 1 MB compressed
                Arrays.fill(zeros, (byte) ' ');
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bytes.size()).isLessThan(2 << 20);
        long before = usedHeap();
        refused(() -> reader.read(file("bomb.docx", bytes.toByteArray())), "archive-too-large");
        assertThat(usedHeap() - before).isLessThan(200L << 20);
    }

    @Test
    void billionLaughsInADocxIsRefusedWithoutExpanding() throws IOException {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY lol")
                    .append(i)
                    .append(" \"")
                    .append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        dtd.append(
                "]>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>");
        byte[] docx = withDocument(dtd.toString());
        refused(() -> reader.read(file("lol.docx", docx)), "doctype-not-allowed");
    }

    @Test
    void anExternalEntityInADocxIsRefusedWithoutReadingAFileOrConnecting() throws Exception {
        try (ServerSocket listener = new ServerSocket(0)) {
            listener.setSoTimeout(300);
            int port = listener.getLocalPort();
            for (String decl : List.of(
                    "<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>",
                    "<!DOCTYPE d [<!ENTITY x SYSTEM \"http://127.0.0.1:" + port + "/x\">]>",
                    "<!DOCTYPE d SYSTEM \"http://127.0.0.1:" + port + "/x.dtd\">",
                    "<!-- " + "padding ".repeat(1000)
                            + " -->\n<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")) {
                String xml = "<?xml version=\"1.0\"?>\n" + decl
                        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                        + "<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>";
                refused(() -> reader.read(file("xxe.docx", withDocument(xml))), "doctype-not-allowed");
            }
            AtomicBoolean connected = new AtomicBoolean();
            try {
                listener.accept().close();
                connected.set(true);
            } catch (SocketTimeoutException expected) {
                // nothing called in
            }
            assertThat(connected).isFalse();
        }
    }

    @Test
    void aDoctypeWrittenInUtf16IsFoundToo() throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE d [<!ENTITY x \"y\">]><d>&x;</d>";
        byte[] docx = zipBytes("word/document.xml", xml.getBytes(StandardCharsets.UTF_16LE));
        refused(() -> reader.read(file("u16.docx", docx)), "doctype-not-allowed");
    }

    @Test
    void aDamagedDocxIsRefusedAsCorrupt() throws IOException {
        byte[] docx = TestNotes.docx("Zhang Yan noted that the Platform is open.");
        refused(() -> reader.read(file("cut.docx", Arrays.copyOf(docx, docx.length / 2))), "corrupt-docx");
        refused(() -> reader.read(file("text.docx", "just text")), "corrupt-docx");
        refused(() -> reader.read(file("other.docx", TestNotes.zip("a.txt", "hello"))), "corrupt-docx");
    }

    private static byte[] withDocument(String documentXml) throws IOException {
        return TestNotes.zip(
                "[Content_Types].xml",
                "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
                "word/document.xml",
                documentXml);
    }

    private static byte[] zipBytes(String name, byte[] content) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry(name));
            zip.write(content);
        }
        return bytes.toByteArray();
    }

    private static String percent(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || c == '.'
                    || c == '-'
                    || c == '_') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    @Test
    void runsInAHeapOfAtMost512Megabytes() {
        // the surefire execution "hostile-input" runs these tests in a fork of their own with -Xmx512m and
        // says so; "mvn test -Dtest=..." runs them in the suite's fork as well, where the bound is not the point
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("newsdesk.test.bounded-heap") != null);
        assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(512L * 1024 * 1024);
    }
}
