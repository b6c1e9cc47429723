package org.newsdesk.normalize;

import java.util.List;
import java.util.Locale;
import org.newsdesk.domain.Speaker;
import org.newsdesk.shared.Sha256;

/**
 * An item's id from what it says, not from the file it came in: title, event date, speaker names and
 * statements, lower-cased with blanks collapsed. The same note sent as .txt, .docx and .pdf gets the
 * same id, so the store keeps it once.
 */
final class ItemId {

    private static final int HEX_CHARS = 16;

    private ItemId() {}

    static String of(String title, java.time.LocalDate date, List<Speaker> speakers) {
        StringBuilder fingerprint = new StringBuilder();
        fingerprint
                .append(normal(title))
                .append('\n')
                .append(date == null ? "" : date.toString())
                .append('\n');
        for (Speaker s : speakers) {
            fingerprint
                    .append(normal(s.name()))
                    .append('\n')
                    .append(normal(s.statement()))
                    .append('\n');
        }
        return "itm-" + Sha256.hex(fingerprint.toString()).substring(0, HEX_CHARS);
    }

    private static String normal(String s) {
        return s == null ? "" : StatementText.collapse(s).toLowerCase(Locale.ROOT);
    }
}
