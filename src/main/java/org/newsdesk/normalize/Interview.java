package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.domain.Speaker;

/**
 * An interview: the note says who was interviewed ("Interviewee: Dr. X, Role, Org", or "… spoke with Mr.
 * Tevita Havili, Lead Sensor Technician at …") and gives the turns as "Q:"/"A:" or as "Name:" lines. The
 * interviewee's answers, all of them in order, are the statement; the questions are the interviewer's
 * words and are nobody's statement.
 */
final class Interview {

    private static final Pattern INTERVIEWEE_LABEL =
            Pattern.compile("(?i)^\\s*(?:interviewee|guest|受访者|受訪者)\\s*[:：]\\s*(.{3,250})$");
    private static final Pattern INTERVIEWER_LABEL =
            Pattern.compile("(?i)^\\s*(?:interviewer|interviewed by|采访|採訪)\\s*[:：]\\s*(.{3,120})$");
    private static final Pattern SPOKE_WITH = Pattern.compile(
            "(?:spoke|talked|sat down)\\s+(?:with|to)\\s+((?:(?:Mr|Ms|Mrs|Dr|Prof)\\.?\\s)?\\p{Lu}[^,.;]{2,60})((?:,\\s[^,.;]{2,120}){0,3})");
    private static final Pattern ANSWER = Pattern.compile("^\\s*(?:A|Answer|答)\\s*[:：.]\\s*(.*)$");
    private static final Pattern QUESTION = Pattern.compile("^\\s*(?:Q|Question|问|問)\\s*[:：.]\\s*(.*)$");
    private static final int MIN_TURNS = 2;

    private Interview() {}

    static Optional<SpeakerFinder.Found> read(List<String> lines) {
        Person guest = null;
        String host = null;
        int introLine = -1;
        for (int i = 0; i < lines.size() && guest == null; i++) {
            String line = Markup.strip(lines.get(i)).strip();
            if (line.length() > 5_000) {
                continue;
            }
            Matcher label = INTERVIEWEE_LABEL.matcher(line);
            Matcher spoke = SPOKE_WITH.matcher(line);
            if (label.matches()) {
                guest = HeaderText.nameThenDetails(label.group(1)).orElseGet(() -> People.of(label.group(1), null));
                introLine = i;
            } else if (spoke.find() && NameShape.looksLikeName(spoke.group(1).strip())) {
                guest = People.of(spoke.group(1).strip(), details(spoke.group(2)));
                host = line.substring(0, spoke.start()).strip();
                introLine = i;
            }
        }
        for (String line : lines) {
            Matcher m = INTERVIEWER_LABEL.matcher(Markup.strip(line).strip());
            if (m.matches()) {
                host = m.group(1);
            }
        }
        if (guest == null || !NameShape.looksLikeName(guest.name())) {
            return Optional.empty();
        }
        // each person answering, in the order they first answer: the guest, and anyone else the turns name
        java.util.Map<String, List<String>> answers = new java.util.LinkedHashMap<>();
        java.util.Map<String, int[]> spans = new java.util.HashMap<>();
        String answering = null;
        int turns = 0;
        for (int i = introLine + 1; i < lines.size(); i++) {
            String line = Markup.strip(lines.get(i)).strip();
            String said = turn(line, guest, host);
            String other = said == null ? otherTurn(line, guest, host) : null;
            if (said != null || other != null) {
                turns++;
                String who = said != null ? guest.name() : other;
                String words = said != null
                        ? said
                        : line.substring(line.indexOf(": ") + 2).strip();
                answering = !words.isEmpty() || ANSWER.matcher(line).matches() ? who : null;
                if (answering != null) {
                    answers.computeIfAbsent(who, k -> new ArrayList<>()).add(words);
                    int[] span = spans.computeIfAbsent(who, k -> new int[] {lines.size(), -1});
                    span[0] = Math.min(span[0], i);
                    span[1] = i;
                }
            } else if (isQuestion(line, guest, host)) {
                turns++;
                answering = null;
            } else if (answering != null && !line.isEmpty() && !EditorialRemark.endsStatement(line)) {
                answers.get(answering).add(line);
                spans.get(answering)[1] = i;
            } else if (!line.isEmpty()) {
                answering = null;
            }
        }
        if (turns < MIN_TURNS || !answers.containsKey(guest.name())) {
            return Optional.empty();
        }
        String intro = Markup.strip(lines.get(introLine)).strip();
        List<Speaker> speakers = new ArrayList<>();
        List<SpeakerFinder.Placed> placed = new ArrayList<>();
        for (var entry : answers.entrySet()) {
            Person person = entry.getKey().equals(guest.name()) ? guest : introduced(entry.getKey(), intro);
            String statement = String.join(
                    "\n\n", entry.getValue().stream().filter(a -> !a.isBlank()).toList());
            Speaker speaker =
                    new Speaker(person.name(), person.honorific(), person.role(), person.organization(), statement);
            int[] span = spans.get(entry.getKey());
            speakers.add(speaker);
            placed.add(new SpeakerFinder.Placed(
                    speaker, introLine, span[0], span[1] + 1, "Interview", 8, Integer.MAX_VALUE, null));
        }
        // the sentence that introduces the guest also tells the event ("held online … and convened by …")
        boolean introIsLabel = INTERVIEWEE_LABEL.matcher(intro).matches();
        return Optional.of(new SpeakerFinder.Found(speakers, placed, introIsLabel ? introLine : introLine + 1));
    }

    /** "Farhana Rahman: In Bangladesh …": a turn of someone named who is neither the guest nor the host. */
    private static String otherTurn(String line, Person guest, String host) {
        int colon = line.indexOf(": ");
        if (colon <= 0
                || colon >= 60
                || ANSWER.matcher(line).matches()
                || QUESTION.matcher(line).matches()) {
            return null;
        }
        String who = line.substring(0, colon).strip();
        if (line.endsWith("?")) {
            return null; // "Kofi Mensah: What did the pilot change?": the interviewer asking
        }
        boolean named = NameShape.looksLikeName(who) && who.split("\\s+").length >= 2;
        if (!named
                || LabelledLine.parse(line).isPresent()
                || Attribution.samePerson(who, guest.name())
                || host != null && Attribution.samePerson(who, host)) {
            return null;
        }
        return who;
    }

    /** A second guest as the introduction gives them: "… and Dr. Farhana Rahman, Senior Fellow at the Institute". */
    private static Person introduced(String name, String intro) {
        Matcher m = Pattern.compile(
                        "((?:(?:Mr|Ms|Mrs|Dr|Prof)\\.?\\s)?" + Pattern.quote(name) + ")((?:,\\s[^,.;]{2,120}){0,2})")
                .matcher(intro);
        if (m.find()) {
            String details = details(m.group(2).replaceFirst(",\\s(?:and|who)\\b.*$", ""));
            return People.of(m.group(1), details);
        }
        return People.of(name, null);
    }

    /** ", Lead Technician at the Network, during a break": the parts that say what the guest is, not when they spoke. */
    private static String details(String appositions) {
        List<String> kept = new ArrayList<>();
        for (String part : appositions.split(",\\s")) {
            if (part.isBlank()) {
                continue;
            }
            if (!Character.isUpperCase(part.strip().charAt(0))) {
                break;
            }
            kept.add(part.strip());
        }
        return kept.isEmpty() ? null : String.join(", ", kept);
    }

    /** The guest's words on this line ("A: …", "Tevita Havili: …"), or null when it is not the guest's turn. */
    private static String turn(String line, Person guest, String host) {
        Matcher a = ANSWER.matcher(line);
        if (a.matches()) {
            return a.group(1).strip();
        }
        int colon = line.indexOf(": ");
        if (colon > 0 && colon < 60) {
            String who = line.substring(0, colon);
            if (NameShape.looksLikeName(who)
                    && Attribution.samePerson(who, guest.name())
                    && (host == null || !Attribution.samePerson(who, host))) {
                return line.substring(colon + 2).strip();
            }
        }
        return null;
    }

    private static boolean isQuestion(String line, Person guest, String host) {
        // "Q: …", a heading, or a line that asks ("## What worries the communities most?")
        if (QUESTION.matcher(line).matches() || line.startsWith("#") || line.endsWith("?") && line.length() < 300) {
            return true;
        }
        int colon = line.indexOf(": ");
        if (colon > 0 && colon < 60 && host != null) {
            String who = line.substring(0, colon);
            return NameShape.looksLikeName(who)
                    && Attribution.samePerson(who, host)
                    && !Attribution.samePerson(who, guest.name());
        }
        return false;
    }
}
