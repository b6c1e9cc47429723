package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Speaker;
import org.newsdesk.domain.Warning;

/**
 * A statement must hold only its speaker's words. It fails when one of its lines reads as a speaker
 * header of someone else (a header the reader did not take because of the layout around it), or when
 * one of its sentences reports someone else as speaking ("Dr. Ravi Singh, Chief Engineer, said that").
 * Either way one person's words would go out under another's name.
 */
final class StatementHoldsAnotherSpeaker implements ItemCheck {

    private static final int WINDOW = 4;
    /** "- rahul menon, planner (Kochi Mobility Cell): …": a list item opening like a speaker's. */
    private static final java.util.regex.Pattern BULLET_HEADER = java.util.regex.Pattern.compile(
            "^\\s{0,6}[-*•·]\\s+([^:()]{3,60}?)(?:,[^:()]{0,60})?\\s?[(（][^)）]{3,120}[)）]\\s*[:：]");

    @Override
    public List<Warning> check(Item item, NoteContext note, Readings readings) {
        List<Warning> out = new ArrayList<>();
        List<SpeakerFinder.Placed> placed = note.found().placed();
        List<String> lines = note.bodyLines();
        for (int k = 0; k < placed.size(); k++) {
            SpeakerFinder.Placed p = placed.get(k);
            if (p.rule().equals("Interview")) {
                continue; // the interview reader took the guest's turns one by one; the lines between are the questions
            }
            String field = "speakers[" + k + "].statement";
            for (int i = p.from(); i < p.to(); i++) {
                String other = headerAt(lines, i, p.speaker());
                if (other != null) {
                    out.add(Warning.at(
                            "statement-holds-other-speaker",
                            field,
                            note.lineNumber(i),
                            "The statement of "
                                    + p.speaker().name() + " runs into a line that reads as a speaker of its own (\""
                                    + shorten(lines.get(i))
                                    + "\"); split it so each person keeps their own words."));
                    out.add(Warning.at(
                            "speaker-missed",
                            "speakers",
                            note.lineNumber(i),
                            "\"" + other
                                    + "\" may be a speaker the reader missed; add them or confirm the line belongs to "
                                    + p.speaker().name() + "."));
                    break;
                }
                String reported = reportedOther(lines.get(i), p.speaker());
                if (reported != null) {
                    out.add(Warning.at(
                            "statement-holds-other-speaker",
                            field,
                            note.lineNumber(i),
                            "The statement of "
                                    + p.speaker().name() + " reports " + reported
                                    + " as speaking; their words may be printed under "
                                    + p.speaker().name()
                                    + "'s name. Give them a statement of their own or remove the sentence."));
                    out.add(Warning.at(
                            "speaker-missed",
                            "speakers",
                            note.lineNumber(i),
                            "\"" + reported + "\" is reported as speaking but is not a speaker of this item."));
                    break;
                }
            }
            if (out.stream().noneMatch(w -> w.field().equals(field))) {
                reportedInJoinedText(p, note, field).ifPresent(out::addAll);
            }
        }
        return out;
    }

    /**
     * The same report looked for in the statement as printed, its lines joined: a PDF or a printed web page
     * wraps "In the closing session, Prof. Lena Schäfer, Head of Agroecology, Rhine Valley Farming" /
     * "School, said that …" so that no one line holds the attribution.
     */
    private static java.util.Optional<List<Warning>> reportedInJoinedText(
            SpeakerFinder.Placed p, NoteContext note, String field) {
        String statement = p.speaker().statement();
        if (statement == null || statement.length() > 20_000) {
            return java.util.Optional.empty();
        }
        for (String sentence : Sentences.of(statement.replace('\n', ' '))) {
            String reported = reportedOther(sentence, p.speaker());
            if (reported != null) {
                int line = lineNaming(note, p, reported);
                return java.util.Optional.of(List.of(
                        Warning.at(
                                "statement-holds-other-speaker",
                                field,
                                line,
                                "The statement of " + p.speaker().name() + " reports " + reported
                                        + " as speaking; their words may be printed under "
                                        + p.speaker().name()
                                        + "'s name. Give them a statement of their own or remove the sentence."),
                        Warning.at(
                                "speaker-missed",
                                "speakers",
                                line,
                                "\"" + reported + "\" is reported as speaking but is not a speaker of this item.")));
            }
        }
        return java.util.Optional.empty();
    }

    private static int lineNaming(NoteContext note, SpeakerFinder.Placed p, String name) {
        String first = name.split("\\s+")[0];
        List<String> lines = note.bodyLines();
        for (int i = p.from(); i < Math.min(p.to(), lines.size()); i++) {
            if (lines.get(i).contains(first)) {
                return note.lineNumber(i);
            }
        }
        return note.lineNumber(Math.min(p.from(), Math.max(0, lines.size() - 1)));
    }

    /** The name a speaker rule reads at line {@code i} when it starts a paragraph, if it is not this speaker's. */
    static String headerAt(List<String> lines, int i, Speaker current) {
        String line = lines.get(i);
        if (line.isBlank() || line.length() > 600) {
            return null;
        }
        List<String> window = new ArrayList<>();
        window.add("");
        for (int j = i; j < Math.min(lines.size(), i + WINDOW); j++) {
            window.add(lines.get(j));
        }
        java.util.regex.Matcher bullet = BULLET_HEADER.matcher(line);
        if (bullet.find() && !Attribution.samePerson(bullet.group(1), current.name())) {
            return bullet.group(1).strip();
        }
        if (isOwnParagraph(lines, i) && line.strip().split("\\s+").length <= 14) {
            var person = PersonLine.read(line);
            if (person.isPresent()
                    && (person.get().separated()
                            || !person.get().details().isEmpty()
                            || isOwnParagraph(lines, i + 1))) {
                for (String name : person.get().names()) {
                    if (!Attribution.samePerson(name, current.name())) {
                        return name;
                    }
                }
            }
        }
        // "Tom Reed" / "Reef Watch" / words: a name block that no rule took, because nothing vouched for the name
        if (isOwnParagraph(lines, i)
                && i + 2 < lines.size()
                && NameShape.looksLikeName(Markup.strip(line).strip())
                && isShortLine(lines.get(i + 1))
                && lines.get(i + 2).strip().split("\\s+").length >= 6
                && !Attribution.samePerson(line.strip(), current.name())) {
            return Markup.strip(line).strip();
        }
        for (SpeakerRule rule : SpeakerFinder.LAYOUT_RULES) {
            var m = rule.match(window, 1);
            if (m.isPresent()) {
                for (Person person : m.get().people()) {
                    if (!Attribution.samePerson(person.name(), current.name()) && !NotASpeaker.chairs(person)) {
                        return person.name();
                    }
                }
            }
        }
        return null;
    }

    private static boolean isShortLine(String line) {
        String t = Markup.strip(line).strip();
        return !t.isEmpty()
                && t.split("\\s+").length <= 10
                && !t.endsWith(".")
                && Character.isUpperCase(t.charAt(0))
                && LabelledLine.parse(t).isEmpty();
    }

    private static boolean isOwnParagraph(List<String> lines, int i) {
        return i <= 0 || i >= lines.size() || HeaderText.startsBlock(lines, i);
    }

    /** "For Gabriela de los Ríos of the Guayas River Trust, … “…,” she said.": someone named, then quoted by a pronoun. */
    private static final java.util.regex.Pattern PRONOUN_QUOTE = java.util.regex.Pattern.compile(
            "[”\"],?\\s+(?:she|he|they)\\s+(?:said|added|noted|explained|stressed|recalled|warned)\\b");

    private static final java.util.regex.Pattern NAMED = java.util.regex.Pattern.compile(
            "\\b(\\p{Lu}[\\p{L}'’-]+(?:\\s(?:de|del|los|las|da|van|von|bin|binti|al|\\p{Lu}[\\p{L}'’-]+)){1,4})\\s(?:of|from|at|with)\\s(?:the\\s)?\\p{Lu}");

    private static String reportedOther(String line, Speaker current) {
        if (line.length() < 5_000 && PRONOUN_QUOTE.matcher(line).find()) {
            java.util.regex.Matcher named = NAMED.matcher(line);
            while (named.find()) {
                // "For Gabriela de los Ríos": the name is the end of the capitalised run
                String run = named.group(1);
                while (run.contains(" ") && !NameShape.looksLikeName(run)) {
                    run = run.substring(run.indexOf(' ') + 1);
                }
                if (NameShape.looksLikeName(run) && !Attribution.samePerson(run, current.name())) {
                    return run;
                }
            }
        }
        List<String> names = Attribution.speakersIn(line);
        for (String name : names) {
            if (!Attribution.samePerson(name, current.name())) {
                return name;
            }
        }
        return null;
    }

    private static String shorten(String s) {
        String t = s.strip();
        return t.length() > 70 ? t.substring(0, 70) + "…" : t;
    }
}
