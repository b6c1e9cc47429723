package org.newsdesk.domain;

/**
 * Bounds on what a single note may cost to read.
 *
 * @param maxNoteBytes     refused before reading beyond this size
 * @param maxTextChars     text extracted from a container (PDF, Word, mail) beyond this is refused
 * @param maxInflatedBytes a .docx whose parts would inflate beyond this is refused before inflating
 * @param maxPdfPages      a PDF with more pages is refused
 * @param maxAttachments   a mail with more parts is refused
 */
public record ReadLimits(
        long maxNoteBytes, int maxTextChars, long maxInflatedBytes, int maxPdfPages, int maxAttachments) {

    public static ReadLimits defaults() {
        return new ReadLimits(10L * 1024 * 1024, 2_000_000, 50L * 1024 * 1024, 200, 20);
    }
}
