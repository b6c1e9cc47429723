package org.newsdesk.normalize;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The newsletter's own prose: "Ms. Miao Hong, Sustainable Investment Program Director, WRI China, noted
 * that ..." and the reversed "“...,” said Mr. Lei Xiaomeng, Senior Expert, China Electricity Council."
 * The attribution ("…, noted that") is not part of the statement.
 */
final class ProseAttributionSpeakers implements SpeakerRule {

    /** Verbs that attribute on their own ("noted", "pointed out") and verbs that need "that" ("hopes that"). */
    private static final String VERBS =
            "noted|said|stated|pointed out|introduced|stressed|emphasi[sz]ed|highlighted|added"
                    + "|remarked|explained|observed|commented|concluded|underlined|mentioned|underscored|cautioned|warned|recalled"
                    + "|reminded|acknowledged|affirmed|asserted|reflected|described how|explained how|showed how|took the example of"
                    + "|gave the example of|(?:mainly |also )?shared (?:his|her|their) (?:lessons|experience|experiences|insights|views) (?:from|of|on)"
                    + "|told (?:participants|the audience|the forum|the meeting|delegates)|pointed to|presented";

    private static final String LISTED_WITH_THAT =
            "suggested|believed|believes|argued|shared|expressed|recommended|proposed"
                    + "|indicated|reported|announced|hoped|hopes|expects|expected|agreed|insisted";
    /** Any past tense before "that" reports too: "reaffirmed that", or a misspelt "stresssed that". */
    private static final String VERBS_WITH_THAT = "\\p{Ll}{3,}ed|" + LISTED_WITH_THAT;

    /** Who, then the verb; the lazy part is bounded so a megabyte line cannot make it backtrack for long. */
    private static final Pattern LEADING = Pattern.compile("^(.{2,300}?)(?:,\\s|\\s)(?:(?:he|she|also)\\s)?(?:(?:"
            + VERBS + ")(?:\\s+that)?|(?:" + VERBS_WITH_THAT + ")\\s+that)[\\s:,]\\s*");

    /** "…, gave the opening talk. He said that …": an action first, the words after a pronoun. */
    private static final Pattern LEADING_ACTION = Pattern.compile(
            "^(.{2,300}?)(?:,\\s|\\s)(?:gave|delivered|opened|joined|presented|took|spoke|welcomed|made|chaired|closed|addressed"
                    + "|introduced|launched|shared|moderated|walked|showed)\\b[^.]{0,200}\\.\\s+(?:He|She|They)\\s(?:also\\s|then\\s)?(?:(?:"
                    + VERBS + ")(?:\\s+that)?|(?:" + VERBS_WITH_THAT + ")\\s+that)[\\s:,]\\s*");

    /** Words that frame an attribution without being part of who speaks: "In the closing session, …". */
    private static final Pattern FRAME = Pattern.compile(
            "^(?:in|at|during|on|for|after|before|speaking|later|then|finally|next|also|opening|closing|meanwhile|separately"
                    + "|similarly|likewise|turning|responding|in turn)\\b[^,]{0,80},\\s",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern ON_BEHALF = Pattern.compile(
            "^(?:speaking\\s+)?(?:on behalf of|for|representing)\\s+(?:the\\s+)?(\\p{Lu}[^,]{2,120}),\\s",
            Pattern.CASE_INSENSITIVE);

    /** "According to Mr. Juma Mwangi, who heads the Lamu County Fisheries Office, illegal cutting fell …". */
    private static final Pattern ACCORDING_TO = Pattern.compile(
            "^(?:[^,]{0,80},\\s)?according to\\s+([^,]{3,80})(?:,\\s(?:who\\s(?:heads|leads|directs|chairs|runs|manages)\\s(?:the\\s)?([^,]{3,120})"
                    + "|([^,]{3,160}(?:,\\s[^,]{3,120})?)),)?,?\\s+(\\p{Ll}.{10,})$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern FRAMED_NAME = Pattern.compile(
            ",\\s(?=(?:H\\.E\\.\\s|Amb\\.\\s|Dato'?\\s)?(?:Mr|Ms|Mrs|Dr|Prof|Professor)\\.?\\s\\p{Lu})");

    private static final Pattern TRAILING = Pattern.compile(
            "[,”\"’']\\s{0,3}(?:said|noted|added|stressed|explained)\\s([^,]{2,60})((?:,[^,]{1,120}){0,4})\\.?[”\"]?$");

    private static final int HEAD_CHARS = 600;
    private static final int TAIL_CHARS = 400;

    @Override
    public Optional<SpeakerMatch> match(List<String> lines, int at) {
        // each list item is a paragraph of its own: "- Mr. Batbayar Dorj (Agency) presented the new bulletin …"
        if (!HeaderText.startsBlock(lines, at) && ListMarker.length(lines.get(at)) == 0) {
            return Optional.empty();
        }
        String line = Markup.strip(ListMarker.strip(lines.get(at))).strip();
        // a paragraph that opens with a quotation is read by its attribution after the quote
        boolean quoted = !line.isEmpty() && "“\"".indexOf(line.charAt(0)) >= 0;
        return quoted
                ? quoteThenSaid(line, at).or(() -> trailing(line, at)).or(() -> leading(line, at))
                : leading(line, at)
                        .or(() -> quoteThenSaid(line, at))
                        .or(() -> trailing(line, at))
                        .or(() -> accordingTo(line, at));
    }

    /**
     * The attribution at the start of the paragraph, or of one of its first sentences ("On the second day,
     * the discussion turned to skills. Prof. Emeka Okonkwo, Dean …, noted that …"), or after a semicolon
     * ("Panelists agreed …; Dr. Signe Halvorsen described how …"). Words before it belong to nobody.
     */
    private static Optional<SpeakerMatch> leading(String line, int at) {
        if (!ANY_VERB.matcher(line.substring(0, Math.min(line.length(), HEAD_CHARS)))
                .find()) {
            return Optional.empty();
        }
        Optional<SpeakerMatch> first = leadingAt(line, at);
        if (first.isPresent()) {
            return first;
        }
        Matcher boundary = LATER_START.matcher(line.substring(0, Math.min(line.length(), HEAD_CHARS)));
        while (boundary.find()) {
            Optional<SpeakerMatch> later = leadingAt(line.substring(boundary.end()), at);
            if (later.isPresent()) {
                return later;
            }
        }
        return heardFrom(line, at);
    }

    /** Any attributing verb: without one, no attribution reading can match. */
    private static final Pattern ANY_VERB =
            Pattern.compile("\\b(?:" + VERBS + "|" + LISTED_WITH_THAT + ")\\b|\\p{Ll}ed that\\b");

    /** A sentence or a clause after a semicolon, starting with a capital. */
    private static final Pattern LATER_START = Pattern.compile("(?<=[a-z0-9)”\"'][.;])\\s+(?=\\p{Lu})");

    /** "Residents then heard from Mr. Declan O'Sullivan of Friends of the Dunes, who warned that …". */
    private static final Pattern HEARD_FROM = Pattern.compile(
            "\\b(?:heard from|turned to|gave the floor to|invited|called on|followed by)\\s+((?:(?:Mr|Ms|Mrs|Dr|Prof)\\.?\\s)?\\p{Lu}[^,;]{2,160}),\\s+who\\s+"
                    + "(?:also\\s)?(?:(?:" + VERBS + ")(?:\\s+that)?|(?:" + VERBS_WITH_THAT + ")\\s+that)[\\s:,]\\s*");

    private static Optional<SpeakerMatch> heardFrom(String line, int at) {
        String head = line.substring(0, Math.min(line.length(), HEAD_CHARS));
        Matcher m = HEARD_FROM.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        Optional<Person> person = who(m.group(1).strip());
        String statement = line.substring(m.end()).strip();
        return person.isEmpty() || statement.isEmpty()
                ? Optional.empty()
                : Optional.of(new SpeakerMatch(at, at + 1, List.of(person.get()), statement));
    }

    private static Optional<SpeakerMatch> leadingAt(String line, int at) {
        String head = line.substring(0, Math.min(line.length(), HEAD_CHARS));
        // "X, Role, opened the session by video. She said that …": the action reading, where it fits, is the finer one
        Matcher m = LEADING_ACTION.matcher(head);
        Matcher direct = LEADING.matcher(head);
        boolean directFound = direct.find();
        // "X, Role, shared her lessons from five years … She recalled that …": when the verb right after the
        // person already reports, the first sentence is their words too, not an action to pass over
        boolean actionFits = m.find()
                && !who(m.group(1).strip()).isEmpty()
                && !(directFound && direct.group(1).equals(m.group(1)));
        if (!actionFits) {
            m = direct;
            if (!directFound) {
                return Optional.empty();
            }
        }
        String who = m.group(1).strip();
        String statement = line.substring(m.end()).strip();
        Optional<Person> person = who(who);
        if (person.isEmpty() || statement.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SpeakerMatch(
                at, at + 1, List.of(person.get()), statement, false, reportingVerb(head.substring(m.end(1), m.end()))));
    }

    private static final Pattern PRONOUN = Pattern.compile("^.*\\.\\s+(?:He|She|They)\\s");
    private static final Pattern FILLER = Pattern.compile("^(?:(?:he|she|they|also|then)\\s+)+");
    private static final Pattern THAT = Pattern.compile("\\s+that$");

    /**
     * The verb of an attribution as the note wrote it, from the words between who and the statement
     * (", pointed out that ", " gave the opening talk. She said that "): kept when "that" followed it
     * or it is a verb of saying on its own ("said:"); null otherwise ("described how", "presented"),
     * so the issue never prints "presented that".
     */
    static String reportingVerb(String between) {
        String v = between.replaceAll("[\\s:,]+$", "");
        v = PRONOUN.matcher(v).replaceFirst("");
        v = v.replaceFirst("^[,\\s]+", "").toLowerCase(java.util.Locale.ROOT);
        v = FILLER.matcher(v).replaceFirst("");
        boolean that = THAT.matcher(v).find();
        v = THAT.matcher(v).replaceFirst("").strip();
        if (v.isEmpty() || v.contains(".")) {
            return null;
        }
        return that || Vocabulary.SPEECH_VERBS.contains(v) ? v : null;
    }

    /**
     * "“…,” said Ms. X, Role at Org. X added: “…”": the quote opens the paragraph, the attribution ends
     * its first sentence. "said the Hon. X": the article before a title of office is not part of the name.
     */
    private static final Pattern QUOTE_THEN_SAID = Pattern.compile(
            "^[“\"](.{10,1500}?)[,.]?[”\"]\\s{0,3}(?:said|noted|added|stressed|explained)\\s(?:the\\s)?((?:\\p{Lu}\\p{Ll}{0,3}\\.\\s){0,2}[^,.]{2,60})((?:,[^,.]{1,120}){0,4})\\.\\s+(.+)$");

    private static final Pattern ADDED = Pattern.compile("^\\S+(?:\\s\\S+){0,3}\\s(?:added|continued|said)[:,]?\\s*");

    private static Optional<SpeakerMatch> quoteThenSaid(String line, int at) {
        if (line.length() > 5_000) {
            return Optional.empty();
        }
        Matcher m = QUOTE_THEN_SAID.matcher(line);
        if (!m.find() || !NameShape.looksLikeName(m.group(2).strip())) {
            return Optional.empty();
        }
        String after = ADDED.matcher(m.group(4).strip()).replaceFirst("");
        String quote = stripQuotes(m.group(1));
        // "“Mangroves store carbon,” said X. “Yet …”": the comma that led into "said" ends the sentence
        String statement = quote + (quote.matches(".*[.!?]$") ? " " : ". ") + unquoted(after.strip());
        Person person = People.of(m.group(2).strip(), m.group(3).isBlank() ? null : m.group(3));
        return Optional.of(new SpeakerMatch(at, at + 1, List.of(person), statement.strip()));
    }

    private static Optional<SpeakerMatch> trailing(String line, int at) {
        int from = Math.max(0, line.length() - TAIL_CHARS);
        Matcher m = TRAILING.matcher(line.substring(from));
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group(1).strip();
        if (!NameShape.looksLikeName(name)) {
            return Optional.empty();
        }
        String statement = stripQuotes(line.substring(0, from + m.start() + 1));
        if (statement.isEmpty()) {
            return Optional.empty();
        }
        Person person = People.of(name, m.group(2).isBlank() ? null : m.group(2));
        return Optional.of(new SpeakerMatch(at, at + 1, List.of(person), statement));
    }

    private static Optional<SpeakerMatch> accordingTo(String line, int at) {
        if (line.length() > 5_000) {
            return Optional.empty();
        }
        Matcher m = ACCORDING_TO.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group(1).strip();
        if (!NameShape.looksLikeName(name)
                || !HonorificRule.startsWithHonorific(name) && name.split("\\s+").length < 2) {
            return Optional.empty();
        }
        Person person = m.group(2) != null
                ? People.of(name, null, m.group(2).strip())
                : People.of(name, m.group(3) == null ? null : m.group(3).strip());
        return Optional.of(
                new SpeakerMatch(at, at + 1, List.of(person), m.group(4).strip()));
    }

    /** "Ms. Miao Hong, Director, WRI China" or "Mr. Qian Zhaohui (LMEC)" or just "Mr. Qian Zhaohui". */
    private static Optional<Person> who(String written) {
        // "Speaking on behalf of the Ministry of Blue Economy, Ms. Grace Wanjiku": the body she speaks for
        Matcher behalf = ON_BEHALF.matcher(written);
        if (behalf.find()) {
            String rest = written.substring(behalf.end()).strip();
            String body = behalf.group(1).strip();
            Optional<Person> person = who(rest);
            if (person.isPresent() && person.get().organization() == null && RoleAndOrganization.isOrganization(body)) {
                Person p = person.get();
                return Optional.of(new Person(p.name(), p.honorific(), p.role(), body));
            }
            return person;
        }
        String who = FRAME.matcher(written).replaceFirst("");
        // "Asked about costs, Prof. Dr. Günter Hofmann, Chair …": a clause before the named person frames it
        Matcher named = FRAMED_NAME.matcher(who);
        if (named.find()
                && named.start() > 0
                && !NameShape.looksLikeName(who.substring(0, named.start()))
                && !RoleAndOrganization.isTitle(who.substring(0, named.start()))) {
            who = who.substring(named.start() + 2);
        }
        if (NameShape.looksLikeName(who)) {
            return Optional.of(People.of(who, null));
        }
        // "Mr. Wang Tao from the Yunnan Institute of ..." / "Ms. Li Xia of LMEC"
        // "The Deputy Mayor of Portville, Mr. Tom Reed": the role before the name
        int comma = who.lastIndexOf(", ");
        if (comma > 0 && NameShape.looksLikeName(who.substring(comma + 2))) {
            String before = who.substring(0, comma).replaceFirst("^(?i)the\\s+", "");
            if (RoleAndOrganization.isTitle(before) && !before.contains(", ")) {
                return Optional.of(People.of(who.substring(comma + 2), before));
            }
        }
        for (String joiner : List.of(" from ", " of ", " with ", " at ")) {
            int i = who.indexOf(joiner);
            if (i > 0 && who.indexOf(", ") < 0 && NameShape.looksLikeName(who.substring(0, i))) {
                String place = who.substring(i + joiner.length()).replaceFirst("^the ", "");
                return Optional.of(People.of(who.substring(0, i), null, place));
            }
        }
        return HeaderText.nameThenDetails(who).filter(p -> p.role() != null || p.organization() != null);
    }

    /** "“Yet communities earn nothing.” She added that …" without the pair of quotation marks. */
    private static String unquoted(String s) {
        if (!s.isEmpty() && "“\"".indexOf(s.charAt(0)) >= 0) {
            int close = s.indexOf(s.charAt(0) == '“' ? '”' : '"', 1);
            if (close > 0) {
                return (s.substring(1, close) + s.substring(close + 1)).strip();
            }
        }
        return stripQuotes(s);
    }

    private static String stripQuotes(String s) {
        String t = s.strip();
        while (!t.isEmpty() && "“”\"‘’',".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        while (!t.isEmpty() && "“”\"‘’'".indexOf(t.charAt(0)) >= 0) {
            t = t.substring(1).strip();
        }
        return t;
    }
}
