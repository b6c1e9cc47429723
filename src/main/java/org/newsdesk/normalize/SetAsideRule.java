package org.newsdesk.normalize;

import java.util.List;

/**
 * One kind of line that is part of the note but not of the event: page chrome, a masthead, a footer,
 * a photo caption, a forwarded-message header, quoted older mail. A rule names the runs of lines it
 * sets aside and why; nothing set aside can become a title, a date, a speaker or a statement.
 */
interface SetAsideRule {

    /** Lines {@code from} (inclusive) to {@code to} (exclusive) are set aside for {@code reason}. */
    record Aside(int from, int to, String reason) {}

    List<Aside> find(List<String> lines);
}
