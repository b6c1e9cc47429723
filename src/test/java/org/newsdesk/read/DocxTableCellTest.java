package org.newsdesk.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;

/** A Word table cell with several paragraphs keeps them apart instead of running the words together. */
class DocxTableCellTest {

    @Test
    void twoNamesInOneCellAreSeparated() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFTableCell cell = doc.createTable(1, 2).getRow(0).getCell(1);
            cell.getParagraphs().get(0).createRun().setText("Mekong River Forecasting Network");
            cell.addParagraph().createRun().setText("Cambodia Water Resources Authority");
            assertThat(DocxText.cellText(cell))
                    .isEqualTo("Mekong River Forecasting Network; Cambodia Water Resources Authority");
        }
    }

    @Test
    void sentencesInOneCellAreJoinedWithASpace() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFTableCell cell = doc.createTable(1, 2).getRow(0).getCell(1);
            cell.getParagraphs().get(0).createRun().setText("Reefs take the first blow.");
            cell.addParagraph().createRun().setText("The Foundation restores two reefs a year.");
            assertThat(DocxText.cellText(cell))
                    .isEqualTo("Reefs take the first blow. The Foundation restores two reefs a year.");
        }
    }
}
