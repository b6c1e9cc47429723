package org.newsdesk.normalize;

import java.util.List;
import java.util.Optional;

/**
 * One row of a table that has a column for what each person said ("发言人 Speaker: 职务 Role: 单位
 * Organisation: 要点 Notes" over "Ms. ZHAO Yuxin: Deputy Head, …: Yellow Sea Blue Carbon Alliance: Tidal
 * flats store carbon too …"): the columns decide the name, role, organisation and statement; a blank or
 * "—" cell is empty.
 */
final class TableRowSpeakers implements SpeakerRule {

    private static final int MAX_TABLE_ROWS = 60;

    @Override
    public Optional<SpeakerMatch> match(List<String> lines, int at) {
        String line = Markup.strip(lines.get(at)).strip();
        String[] cells = Roster.cells(line);
        if (cells.length < 3) {
            return Optional.empty();
        }
        Roster.Columns columns = headerAbove(lines, at, cells.length);
        if (columns == null || columns.statement() < 0) {
            return Optional.empty();
        }
        String name = cells[columns.name()].strip();
        String said = columns.statement(cells);
        if (!NameShape.looksLikeName(name) || said == null || said.isEmpty()) {
            return Optional.empty();
        }
        String role = columns.role() >= 0 ? cell(cells[columns.role()]) : null;
        String org = columns.organization() >= 0 ? cell(cells[columns.organization()]) : null;
        return Optional.of(new SpeakerMatch(at, at + 1, List.of(People.of(name, role, org)), said));
    }

    private static Roster.Columns headerAbove(List<String> lines, int at, int size) {
        for (int i = at - 1; i >= Math.max(0, at - MAX_TABLE_ROWS); i--) {
            String line = Markup.strip(lines.get(i)).strip();
            if (line.isEmpty()) {
                return null;
            }
            String[] cells = Roster.cells(line);
            Roster.Columns columns = Roster.Columns.of(cells);
            if (columns != null) {
                return columns.size() == size ? columns : null;
            }
            if (cells.length != size) {
                return null;
            }
        }
        return null;
    }

    private static String cell(String c) {
        String t = c.strip();
        return t.isEmpty() || t.equals("—") || t.equals("-") || t.equals("–") ? null : t;
    }
}
