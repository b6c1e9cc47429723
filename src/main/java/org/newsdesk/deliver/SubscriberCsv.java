package org.newsdesk.deliver;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.store.SubscriberStore;

/**
 * Subscriber lists as CSV: {@code name,address,language}, a header line first. Addresses are parsed
 * strictly (RFC 822, one address, a domain); a bad row is reported with its line number and the rest
 * are imported.
 */
public final class SubscriberCsv {

    /** How an import went. */
    public record Result(int added, int known, List<String> problems) {}

    /** A domain that mail can be routed to: dot-separated labels, a top-level domain of letters. */
    private static final java.util.regex.Pattern DOMAIN =
            java.util.regex.Pattern.compile("(?i)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

    private SubscriberCsv() {}

    public static Result importFile(Path csv, String publication, SubscriberStore store) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        int added = 0;
        int known = 0;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("\uFEFF", "").strip();
            if (line.isEmpty()
                    || line.startsWith("#")
                    || (i == 0 && line.toLowerCase().startsWith("name,"))) {
                continue;
            }
            List<String> row = cells(line);
            if (row == null || row.size() < 2 || row.size() > 3) {
                problems.add("line " + (i + 1) + ": expected name,address,language");
                continue;
            }
            String[] cells = row.toArray(String[]::new);
            String name = HeaderText.clean(cells[0]);
            String address = cells[1].strip();
            String language = cells.length > 2 ? cells[2].strip() : "en";
            if (!language.isEmpty() && !language.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")) {
                problems.add("line " + (i + 1) + ": \"" + language.replaceAll("\\p{Cntrl}", "?")
                        + "\" is not a language code (en, zh, zh-Hans)");
                continue;
            }
            try {
                InternetAddress parsed = new InternetAddress(address, true);
                parsed.validate();
                if (!parsed.getAddress().equals(address)
                        || !DOMAIN.matcher(address.substring(address.indexOf('@') + 1))
                                .matches()) {
                    throw new AddressException("not a plain address", address);
                }
            } catch (AddressException e) {
                problems.add("line " + (i + 1) + ": \"" + address.replaceAll("\\p{Cntrl}", "?")
                        + "\" is not an e-mail address");
                continue;
            }
            if (store.add(publication, address, name.isEmpty() ? null : name, language.isEmpty() ? "en" : language)) {
                added++;
            } else {
                known++;
            }
        }
        return new Result(added, known, problems);
    }

    /** The cells of one CSV line (RFC 4180 quotes, so a name may hold a comma); null when a quote is left open. */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        cells.add(cell.toString());
        return cells;
    }
}
