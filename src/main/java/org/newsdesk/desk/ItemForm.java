package org.newsdesk.desk;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Speaker;

/**
 * The review form of one item: the values an editor posted read back into the item, one speaker
 * operation applied (add, remove, move up or down, split in two, merge with the next), and what
 * changed, for the audit.
 */
public final class ItemForm {

    /** Fields the form posts for each speaker, as {@code speaker.<n>.<field>}. */
    static final List<String> SPEAKER_FIELDS = List.of("name", "honorific", "role", "organization", "statement");

    /** The item the form describes, or why it cannot be read (the date, for instance). */
    public record Read(Item item, String problem) {}

    private ItemForm() {}

    /** The posted values over {@code stored}: id, source and warnings are never taken from the form. */
    static Read read(Item stored, DeskHttp.Form form) {
        String problem = null;
        LocalDate date = null;
        String dateText = form.get("date");
        if (dateText != null) {
            try {
                date = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                problem = "The date \"" + dateText + "\" is not a date; write it as YYYY-MM-DD, e.g. 2026-03-14.";
                date = stored.date();
            }
        }
        List<String> organizers = lines(form.raw("organizers"));
        List<Speaker> speakers = new ArrayList<>();
        int count = parseCount(form.get("speakers"));
        for (int i = 0; i < count; i++) {
            String p = "speaker." + i + ".";
            // the form shows no verb: speaker i keeps the verb the note gave speaker i
            Speaker s = new Speaker(
                    form.get(p + "name"),
                    form.get(p + "honorific"),
                    form.get(p + "role"),
                    form.get(p + "organization"),
                    paragraphs(form.raw(p + "statement")),
                    i < stored.speakers().size() ? stored.speakers().get(i).reportingVerb() : null);
            speakers.add(s);
        }
        Item item = new Item(
                stored.schema(),
                stored.id(),
                form.get("publication") == null ? stored.publication() : form.get("publication"),
                form.get("title"),
                date,
                form.get("format"),
                form.get("location"),
                organizers,
                form.get("lead"),
                speakers,
                stored.source(),
                stored.warnings(),
                stored.sections());
        return new Read(item, problem);
    }

    /** Applies one speaker operation, "add", or "remove:2", "up:2", "down:2", "split:2", "merge:2" (0-based). */
    static List<Speaker> apply(List<Speaker> speakers, String op) {
        List<Speaker> list = new ArrayList<>(speakers);
        if (op == null || op.isBlank() || op.equals("save")) {
            return list;
        }
        if (op.equals("add")) {
            list.add(new Speaker(null, null, null, null, null));
            return list;
        }
        String[] parts = op.split(":", 2);
        int i;
        try {
            i = Integer.parseInt(parts.length == 2 ? parts[1] : "-1");
        } catch (NumberFormatException e) {
            throw new DeskRefused(400, "Unknown speaker operation \"" + op + "\".");
        }
        if (i < 0 || i >= list.size()) {
            throw new DeskRefused(400, "There is no speaker " + (i + 1) + " on this item.");
        }
        switch (parts[0]) {
            case "remove" -> list.remove(i);
            case "up" -> {
                if (i > 0) {
                    list.add(i - 1, list.remove(i));
                }
            }
            case "down" -> {
                if (i < list.size() - 1) {
                    list.add(i + 1, list.remove(i));
                }
            }
            case "split" -> {
                Speaker s = list.get(i);
                String statement = s.statement() == null ? "" : s.statement();
                int cut = statement.indexOf("\n\n");
                // two people read as one: the first paragraph stays, the rest goes to a new speaker
                String first = cut < 0 ? statement : statement.substring(0, cut);
                String rest = cut < 0 ? null : statement.substring(cut + 2).strip();
                list.set(i, s.withStatement(first.isBlank() ? null : first));
                list.add(i + 1, new Speaker(null, null, null, null, rest == null || rest.isEmpty() ? null : rest));
            }
            case "merge" -> {
                if (i == list.size() - 1) {
                    throw new DeskRefused(400, "Speaker " + (i + 1) + " is the last one: there is none to merge with.");
                }
                Speaker a = list.get(i);
                Speaker b = list.remove(i + 1);
                list.set(
                        i,
                        new Speaker(
                                firstOf(a.name(), b.name()),
                                firstOf(a.honorific(), b.honorific()),
                                firstOf(a.role(), b.role()),
                                firstOf(a.organization(), b.organization()),
                                joined(a.statement(), b.statement()),
                                firstOf(a.reportingVerb(), b.reportingVerb())));
            }
            default -> throw new DeskRefused(400, "Unknown speaker operation \"" + op + "\".");
        }
        return list;
    }

    /** One line per changed value, "field: before → after", for the audit; empty when nothing changed. */
    static List<String> changes(Item before, Item after) {
        List<String> changes = new ArrayList<>();
        compare(changes, "publication", before.publication(), after.publication());
        compare(changes, "title", before.title(), after.title());
        compare(changes, "date", before.date(), after.date());
        compare(changes, "format", before.format(), after.format());
        compare(changes, "location", before.location(), after.location());
        compare(changes, "organizers", String.join("; ", before.organizers()), String.join("; ", after.organizers()));
        compare(changes, "lead", before.lead(), after.lead());
        int n = Math.max(before.speakers().size(), after.speakers().size());
        if (before.speakers().size() != after.speakers().size()) {
            changes.add("speakers: " + before.speakers().size() + " → "
                    + after.speakers().size());
        }
        for (int i = 0; i < n; i++) {
            Speaker b =
                    i < before.speakers().size() ? before.speakers().get(i) : new Speaker(null, null, null, null, null);
            Speaker a =
                    i < after.speakers().size() ? after.speakers().get(i) : new Speaker(null, null, null, null, null);
            String p = "speakers[" + i + "].";
            compare(changes, p + "name", b.name(), a.name());
            compare(changes, p + "honorific", b.honorific(), a.honorific());
            compare(changes, p + "role", b.role(), a.role());
            compare(changes, p + "organization", b.organization(), a.organization());
            compare(changes, p + "statement", b.statement(), a.statement());
        }
        return changes;
    }

    private static void compare(List<String> changes, String field, Object before, Object after) {
        String b = before == null || before.toString().isBlank() ? null : before.toString();
        String a = after == null || after.toString().isBlank() ? null : after.toString();
        if (!Objects.equals(b, a)) {
            changes.add(field + ": " + shown(b) + " → " + shown(a));
        }
    }

    private static String shown(String value) {
        if (value == null) {
            return "(none)";
        }
        String one = value.replaceAll("\\s+", " ");
        return "\"" + (one.length() > 80 ? one.substring(0, 77) + "..." : one) + "\"";
    }

    private static int parseCount(String value) {
        try {
            int n = value == null ? 0 : Integer.parseInt(value);
            if (n < 0 || n > 200) {
                throw new DeskRefused(400, "The form lists " + n + " speakers; reload the item and try again.");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new DeskRefused(400, "The form is damaged (speaker count); reload the item and try again.");
        }
    }

    private static List<String> lines(String text) {
        List<String> list = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("\\R")) {
                if (!line.isBlank()) {
                    list.add(line.strip());
                }
            }
        }
        return list;
    }

    /** A statement as the item keeps it: paragraphs separated by one blank line, lines stripped. */
    static String paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        List<String> paragraphs = new ArrayList<>();
        for (String p : unified.split("\n\\s*\n")) {
            String joined =
                    String.join("\n", p.strip().lines().map(String::strip).toList());
            if (!joined.isEmpty()) {
                paragraphs.add(joined);
            }
        }
        return String.join("\n\n", paragraphs);
    }

    private static String firstOf(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private static String joined(String a, String b) {
        if (a == null || a.isBlank()) {
            return b;
        }
        if (b == null || b.isBlank()) {
            return a;
        }
        return a + "\n\n" + b;
    }
}
