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
    public record Result(int added, int known, List<String> problems) {
    }

    private SubscriberCsv() {
    }

    public static Result importFile(Path csv, String publication, SubscriberStore store) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        int added = 0;
        int known = 0;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replace("\uFEFF", "").strip();
            if (line.isEmpty() || line.startsWith("#") || (i == 0 && line.toLowerCase().startsWith("name,"))) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length < 2) {
                problems.add("line " + (i + 1) + ": expected name,address,language");
                continue;
            }
            String name = cells[0].strip();
            String address = cells[1].strip();
            String language = cells.length > 2 ? cells[2].strip() : "en";
            try {
                InternetAddress parsed = new InternetAddress(address, true);
                parsed.validate();
                if (!parsed.getAddress().contains("@") || !parsed.getAddress().equals(address)) {
                    throw new AddressException("not a plain address", address);
                }
            } catch (AddressException e) {
                problems.add("line " + (i + 1) + ": \"" + address.replaceAll("\\p{Cntrl}", "?") + "\" is not an e-mail address");
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
}
