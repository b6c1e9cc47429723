package org.newsdesk.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.newsdesk.domain.NoteRejectedException;
import org.newsdesk.domain.ReadLimits;

/**
 * Word (.docx) notes read with Apache POI. Before POI inflates anything, the zip's entries are checked
 * against the inflation limit and for a DOCTYPE, so zip bombs and entity expansion are refused
 * without being expanded.
 */
final class DocxText {

    /** POI holds each XML part as a tree several times its size; beyond this a 512 MB heap is at risk. */
    static final long MAX_XML_PART_BYTES = 8L * 1024 * 1024;

    private final ReadLimits limits;

    DocxText(ReadLimits limits) {
        this.limits = limits;
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(limits.maxInflatedBytes());
    }

    String toText(byte[] bytes, String name) {
        precheck(bytes, name);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder out = new StringBuilder();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    String style = p.getStyle() == null ? "" : p.getStyle().toLowerCase();
                    if (style.startsWith("heading")) {
                        out.append("## ");
                    } else if (p.getNumID() != null) {
                        out.append("- ");
                    }
                    out.append(p.getText()).append("\n\n");
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        StringBuilder line = new StringBuilder();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            if (line.length() > 0) {
                                line.append(": ");
                            }
                            line.append(cellText(cell));
                        }
                        out.append(line).append('\n');
                    }
                    out.append('\n');
                }
                if (out.length() > limits.maxTextChars()) {
                    throw new NoteRejectedException(
                            "too-large", "The Word file \"" + name + "\" holds more text than one note may; split it.");
                }
            }
            return out.toString();
        } catch (IOException | RuntimeException e) {
            if (e instanceof NoteRejectedException r) {
                throw r;
            }
            throw new NoteRejectedException(
                    "corrupt-docx",
                    "The Word file \"" + name
                            + "\" is damaged or not a .docx document; save it again from Word and resend it.");
        }
    }

    /** Reads the zip directory and streams each entry with a byte budget; nothing is kept. */
    private void precheck(byte[] bytes, String name) {
        long total = 0;
        boolean sawDocument = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            int entries = 0;
            byte[] buffer = new byte[8192];
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > 1000) {
                    throw bomb(name);
                }
                boolean xml =
                        entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels");
                sawDocument |= entry.getName().equals("word/document.xml");
                long partLimit =
                        xml ? Math.min(MAX_XML_PART_BYTES, limits.maxInflatedBytes()) : limits.maxInflatedBytes();
                if (entry.getSize() > partLimit) {
                    throw bomb(name);
                }
                // every part, whatever its name: the content types file can point Word at any of them
                DeclarationScan scan = new DeclarationScan();
                long partBytes = 0;
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    total += read;
                    partBytes += read;
                    if (total > limits.maxInflatedBytes() || partBytes > partLimit) {
                        throw bomb(name);
                    }
                    if (scan.feed(buffer, read)) {
                        throw new NoteRejectedException(
                                "doctype-not-allowed",
                                "The Word file \"" + name
                                        + "\" contains a document type declaration, which newsdesk never reads; save it again from Word and resend it.");
                    }
                }
            }
        } catch (IOException e) {
            throw new NoteRejectedException(
                    "corrupt-docx",
                    "The Word file \"" + name
                            + "\" is damaged or not a .docx document; save it again from Word and resend it.");
        }
        if (!sawDocument) {
            throw new NoteRejectedException(
                    "corrupt-docx",
                    "The file \"" + name
                            + "\" is not a Word document; save it again from Word as .docx and resend it.");
        }
    }

    /**
     * Looks for {@code <!DOCTYPE} or {@code <!ENTITY} anywhere in a part, in one-byte or UTF-16 form, across
     * buffer boundaries. Word never writes either; entity expansion and external entities need one.
     */
    static final class DeclarationScan {

        private static final byte[][] PATTERNS = patterns("<!DOCTYPE", "<!ENTITY");
        private final byte[] carry = new byte[64];
        private int carried;

        boolean feed(byte[] buffer, int length) {
            byte[] window = new byte[carried + length];
            System.arraycopy(carry, 0, window, 0, carried);
            System.arraycopy(buffer, 0, window, carried, length);
            for (byte[] pattern : PATTERNS) {
                if (indexOf(window, pattern) >= 0) {
                    return true;
                }
            }
            carried = Math.min(carry.length, window.length);
            System.arraycopy(window, window.length - carried, carry, 0, carried);
            return false;
        }

        private static int indexOf(byte[] data, byte[] pattern) {
            outer:
            for (int i = 0; i + pattern.length <= data.length; i++) {
                for (int k = 0; k < pattern.length; k++) {
                    if (data[i + k] != pattern[k]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }

        private static byte[][] patterns(String... words) {
            java.util.List<byte[]> out = new java.util.ArrayList<>();
            for (String w : words) {
                out.add(w.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                out.add(w.getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
                out.add(w.getBytes(java.nio.charset.StandardCharsets.UTF_16BE));
            }
            return out.toArray(new byte[0][]);
        }
    }

    private static NoteRejectedException bomb(String name) {
        return new NoteRejectedException(
                "archive-too-large",
                "The Word file \"" + name
                        + "\" would unpack to far more than a note can hold (a zip bomb or a huge embedded file); send the text alone.");
    }

    /**
     * A cell's paragraphs, kept apart: "Mekong River Network" over "Harbour Authority" is two names, not
     * "NetworkHarbour"; a paragraph that ends a sentence is followed by a space.
     */
    static String cellText(XWPFTableCell cell) {
        StringBuilder out = new StringBuilder();
        for (XWPFParagraph p : cell.getParagraphs()) {
            String text = p.getText().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(out.toString().matches("(?s).*[.!?;:。！？；)\"”’]$") ? " " : "; ");
            }
            out.append(text);
        }
        return out.toString();
    }
}
