package org.newsdesk.normalize;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Writes the PDF and Word notes under src/test/resources/notes/own/ the way officers' tools produce
 * them: lines wrapped by hand, a word hyphenated across a line, a page break inside a statement and a
 * running header on every page. Run once; its output is committed as test data.
 * <pre>java -cp target/test-classes:target/classes:target/lib/* org.newsdesk.normalize.OwnNoteFiles src/test/resources/notes/own</pre>
 */
public final class OwnNoteFiles {

    private static final String RUNNING_HEADER = "LMEC internal notes - not for circulation";

    /** The low-carbon parks workshop; "|" marks a line wrap, "/" the page break. Same words in PDF and Word. */
    private static final List<List<String>> PARKS = List.of(
            List.of("Lancang-Mekong Workshop on Low-Carbon Industrial Parks"),
            List.of("Date: 15 September 2022"),
            List.of("Format: hybrid (Vientiane and online)"),
            List.of("Organizer: Lancang-Mekong Environmental Cooperation Center"),
            List.of(
                    "Park managers and energy experts from Laos, Cambodia and China compared how industrial parks",
                    "can share rooftop solar, waste heat and water treatment, and which rules help small factories join in."),
            List.of(
                    "Mr. Khamla Phengsavanh",
                    "Director of the Industrial Parks Division of the Ministry of Industry and Commerce, Lao PDR"),
            List.of(
                    "Laos has 14 special economic zones and plans five more by 2025. Shared utilities lower costs for",
                    "tenants and make environ-",
                    "mental permits easier to check, but the parks will",
                    "/need trained energy managers before factories will trust a common grid."),
            List.of("Ms. Ouk Sreymom", "Energy Efficiency Specialist, Cambodia Climate Change Alliance"),
            List.of(
                    "Garment factories in Phnom Penh use most of their energy for steam. Heat pumps and solar water",
                    "heating pay back within four years, and the Alliance offers free audits to parks that sign up."),
            List.of("YANG Jun", "Chief Engineer, Kunming Economic and Technological Development Zone Administration"),
            List.of(
                    "Kunming's zone buys green power for all tenants under one contract. Small firms get the same price",
                    "as large ones, which has brought 60 new companies into the scheme since 2021."));

    private OwnNoteFiles() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/notes/own");
        Files.createDirectories(dir);
        writeParksPdf(dir.resolve("own11_low-carbon-parks.pdf"));
        writeParksDocx(dir.resolve("own12_low-carbon-parks.docx"));
        writePortsDocx(dir.resolve("own17_green-ports-dialogue.docx"));
    }

    private static void writeParksPdf(Path file) throws IOException {
        List<List<String>> pages = new ArrayList<>();
        List<String> page = new ArrayList<>();
        for (List<String> paragraph : PARKS) {
            for (String line : paragraph) {
                if (line.startsWith("/")) {
                    pages.add(page);
                    page = new ArrayList<>();
                    line = line.substring(1);
                }
                page.add(line);
            }
            page.add("");
        }
        pages.add(page);
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < pages.size(); p++) {
                PDPage pdfPage = new PDPage(PDRectangle.A4);
                doc.addPage(pdfPage);
                try (PDPageContentStream out = new PDPageContentStream(doc, pdfPage)) {
                    text(out, font, 9, 50, 810, RUNNING_HEADER);
                    float y = 770;
                    for (String line : pages.get(p)) {
                        if (!line.isEmpty()) {
                            text(out, font, 10, 50, y, line);
                        }
                        y -= line.isEmpty() ? 8 : 14;
                    }
                    text(out, font, 9, 270, 30, "Page " + (p + 1) + " of " + pages.size());
                }
            }
            doc.save(file.toFile());
        }
    }

    private static void text(PDPageContentStream out, PDType1Font font, float size, float x, float y, String s)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(s);
        out.endText();
    }

    private static void writeParksDocx(Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createHeader(HeaderFooterType.DEFAULT)
                    .createParagraph()
                    .createRun()
                    .setText(RUNNING_HEADER);
            boolean first = true;
            for (List<String> paragraph : PARKS) {
                XWPFParagraph p = doc.createParagraph();
                if (first) {
                    p.setStyle("Heading1");
                    first = false;
                }
                XWPFRun run = p.createRun();
                for (int i = 0; i < paragraph.size(); i++) {
                    String line = paragraph.get(i);
                    if (i > 0) {
                        run.addBreak(line.startsWith("/") ? BreakType.PAGE : BreakType.TEXT_WRAPPING);
                    }
                    run.setText(line.startsWith("/") ? line.substring(1) : line, i);
                }
            }
            save(doc, file);
        }
    }

    private static void writePortsDocx(Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createHeader(HeaderFooterType.DEFAULT)
                    .createParagraph()
                    .createRun()
                    .setText("China-ASEAN notes - draft");
            XWPFTable meta = doc.createTable(4, 2);
            String[][] rows = {
                {"Event", "China-ASEAN Dialogue on Green Ports and Shipping"},
                {"Date", "2 March 2023"},
                {"Format", "online (Tencent Meeting)"},
                {"Organizer", "China-ASEAN Environmental Cooperation Center"}
            };
            for (int r = 0; r < rows.length; r++) {
                meta.getRow(r).getCell(0).setText(rows[r][0]);
                meta.getRow(r).getCell(1).setText(rows[r][1]);
            }
            paragraph(
                    doc,
                    null,
                    "Port authorities from Singapore, Viet Nam and China shared how shore power, electric cranes "
                            + "and cleaner fuels are cutting emissions in their ports, and what a regional green shipping corridor would need.");
            paragraph(
                    doc, "Heading2", "Goh Mei Ling — Head of Sustainability, Maritime and Port Authority of Singapore");
            paragraph(
                    doc,
                    null,
                    "Singapore will require all new harbour craft to be fully electric or run on net-zero fuels from 2030.");
            paragraph(doc, null, "Shore power at the cruise terminal already serves every ship that can plug in.");
            paragraph(
                    doc,
                    "Heading2",
                    "Dr. Nguyen Minh Tuan — Lecturer, Faculty of Navigation, Vietnam Maritime University");
            paragraph(
                    doc,
                    null,
                    "Viet Nam's ports need training as much as equipment. The university has added a green port "
                            + "operations course that 300 port staff have taken so far.");
            paragraph(doc, "Heading2", "HUANG Wei — Deputy Director, Guangxi Beibu Gulf Port Group");
            paragraph(
                    doc,
                    null,
                    "Qinzhou port now runs automated electric cranes on its container terminal. A China-ASEAN "
                            + "green corridor should start with common data on fuel use per container.");
            save(doc, file);
        }
    }

    private static void paragraph(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        p.createRun().setText(text);
    }

    private static void save(XWPFDocument doc, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
    }
}
