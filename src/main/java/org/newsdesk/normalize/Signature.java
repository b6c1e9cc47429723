package org.newsdesk.normalize;

import java.util.List;
import java.util.Locale;

/**
 * A mail's signature: from the "-- " line that opens it (RFC 3676) or a "Sent from my …" line to the end,
 * when only a few short lines follow. A "--" line in the middle of long notes is a separator, not this.
 */
final class Signature implements SetAsideRule {

    private static final int MAX_SIGNATURE_LINES = 8;

    @Override
    public List<Aside> find(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).strip().toLowerCase(Locale.ROOT);
            boolean opens = lines.get(i).equals("-- ") || t.equals("--") || t.startsWith("sent from my ");
            if (opens && shortLinesFollow(lines, i + 1)) {
                return List.of(new Aside(i, lines.size(), "signature"));
            }
        }
        return List.of();
    }

    private static boolean shortLinesFollow(List<String> lines, int from) {
        int count = 0;
        for (int j = from; j < lines.size(); j++) {
            String t = lines.get(j).strip();
            if (t.isEmpty()) {
                continue;
            }
            // the older mail quoted below the signature; its "wrote:" may have wrapped after the sender's address
            if (QuotedMail.opensQuote(t) || t.matches("(?i)^on\\s.{4,200}<[^>]+>$")) {
                return true;
            }
            if (++count > MAX_SIGNATURE_LINES || t.split("\\s+").length > 14) {
                return false;
            }
        }
        return true;
    }
}
