package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The people a note lists with what they are, apart from what they said: a roster table ("Name: Role:
 * Organisation" rows), a "Present:" list in minutes, a programme ("10:40: Sirens and SMS: Ms. Gulnara
 * Abenova, Disaster Risk Officer"). A speaker found later by a shorter name or without a role gets the
 * roster's full name and details, and a name the note itself lists is evidence that a line naming
 * them starts their words.
 */
final class Roster {

    private static final int MAX_LINE_CHARS = 300;

    private final List<Person> people;

    private Roster(List<Person> people) {
        this.people = List.copyOf(people);
    }

    static Roster empty() {
        return new Roster(List.of());
    }

    static Roster of(List<String> lines) {
        List<Person> out = new ArrayList<>();
        Columns columns = null;
        for (String raw : lines) {
            String line = Markup.strip(ListMarker.strip(raw)).strip();
            if (line.isEmpty() || line.length() > MAX_LINE_CHARS && columns == null) {
                continue;
            }
            String[] cells = cells(line);
            Columns header = Columns.of(cells);
            if (header != null) {
                columns = header;
                continue;
            }
            if (columns != null && cells.length == columns.size()) {
                columns.person(cells).ifPresent(out::add);
                continue;
            }
            columns = null;
            // "Mr. Sok Vuthy (Fisheries Administration, Cambodia)", "… : Ms. Gulnara Abenova, Disaster Risk Officer",
            // and a photo caption "Anna Berg, Director of Blue Coast Foundation"
            String last = cells[cells.length - 1].isBlank() && cells.length > 1
                    ? cells[cells.length - 2]
                    : cells[cells.length - 1];
            String written = last.replaceFirst("(?i)^(?:photo|pictured|caption|image)\\s*:\\s*", "");
            Optional<PersonLine.Reading> read = PersonLine.read(written);
            boolean introduced = HonorificRule.startsWithHonorific(HonorificRule.withoutOfficeTitles(written))
                    || read.isPresent()
                            && read.get().separated()
                            && written.contains(", ")
                            && HeaderText.isDetails(read.get().details());
            if (read.isPresent()
                    && read.get().names().size() == 1
                    && !read.get().details().isEmpty()
                    && introduced
                    && !written.endsWith(".")
                    && !DetailsSwallowedAClause.swallowedAClause(read.get().details(), 16)) {
                out.add(People.of(read.get().names().get(0), read.get().details()));
            }
        }
        return new Roster(out);
    }

    /** The lines of roster tables: the header row and the rows under it. Their people are listed, not speaking. */
    static List<int[]> tables(List<String> lines) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = Markup.strip(lines.get(i)).strip();
            Columns header = line.length() > MAX_LINE_CHARS ? null : Columns.of(cells(line));
            if (header == null || header.statement() >= 0) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < lines.size() && cells(Markup.strip(lines.get(j)).strip()).length == header.size()) {
                j++;
            }
            if (j > i + 1) {
                out.add(new int[] {i, j});
            }
            i = j;
        }
        return out;
    }

    static String[] cells(String line) {
        if (line.indexOf(": ") < 0 && line.indexOf(" | ") < 0 && line.indexOf('\t') < 0 && !line.endsWith(":")) {
            return new String[] {line};
        }
        return line.split("\\s*(?:: | \\| |\\t)\\s*|:$", -1);
    }

    boolean lists(String name) {
        return find(name).isPresent();
    }

    Optional<Person> find(String name) {
        for (Person p : people) {
            if (Attribution.samePerson(p.name(), name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The person with what the roster knows added: the full name, the honorific, the role and organisation left empty. */
    Person complete(Person person) {
        Optional<Person> listed = find(person.name());
        if (listed.isEmpty()) {
            return person;
        }
        Person r = listed.get();
        boolean fuller = r.name().split(" ").length > person.name().split(" ").length
                && r.name().contains(person.name().split(" ")[0]);
        String name = fuller ? r.name() : person.name();
        String honorific = person.honorific() != null ? person.honorific() : r.honorific();
        boolean nothingSaid = person.role() == null && person.organization() == null;
        String role = nothingSaid ? r.role() : person.role();
        String organization = nothingSaid ? r.organization() : person.organization();
        return new Person(name, honorific, role, organization);
    }

    /**
     * The meaning of each cell of a roster table, from its header row ("Name: Role: Organisation", "发言人
     * Speaker: 职务 Role: 单位 Organisation: 要点 Notes"); a column of what each person said makes the rows speakers.
     */
    record Columns(int size, int name, int role, int organization, int statement) {

        static Columns of(String[] cells) {
            int name = -1;
            int role = -1;
            int org = -1;
            int said = -1;
            for (int i = 0; i < cells.length; i++) {
                LabelledLine.Label label = LabelledLine.labelOfCell(cells[i]);
                if (label == LabelledLine.Label.SPEAKER && name < 0) {
                    name = i;
                } else if (label == LabelledLine.Label.ROLE || label == LabelledLine.Label.TITLE && name >= 0) {
                    role = i;
                } else if (label == LabelledLine.Label.ORGANIZATION) {
                    org = i;
                } else if (label == LabelledLine.Label.STATEMENT) {
                    said = i;
                }
            }
            return name >= 0 && (role >= 0 || org >= 0) ? new Columns(cells.length, name, role, org, said) : null;
        }

        String statement(String[] cells) {
            return statement >= 0 && statement < cells.length ? cells[statement].strip() : null;
        }

        Optional<Person> person(String[] cells) {
            String written = cells[name].strip();
            if (!NameShape.looksLikeName(written)) {
                return Optional.empty();
            }
            String job = role >= 0 ? blankOrDash(cells[role]) : null;
            String org = organization >= 0 ? blankOrDash(cells[organization]) : null;
            return Optional.of(People.of(written, job, org));
        }

        private static String blankOrDash(String cell) {
            String c = cell.strip();
            return c.isEmpty() || c.equals("—") || c.equals("-") || c.equals("–") ? null : c;
        }
    }
}
