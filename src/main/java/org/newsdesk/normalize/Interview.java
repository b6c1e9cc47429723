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
        List<String> answers = new ArrayList<>();
        int first = -1;
        int last = -1;
        boolean inAnswer = false;
        int turns = 0;
        for (int i = introLine + 1; i < lines.size(); i++) {
            String line = Markup.strip(lines.get(i)).strip();
            String said = turn(line, guest, host);
            if (said != null) {
                turns++;
                inAnswer = !said.isEmpty() || ANSWER.matcher(line).matches();
                if (inAnswer) {
                    answers.add(said);
                    first = first < 0 ? i : first;
                    last = i;
                }
            } else if (isQuestion(line, guest, host)) {
                turns++;
                inAnswer = false;
            } else if (inAnswer && !line.isEmpty() && !EditorialRemark.endsStatement(line)) {
                answers.add(line);
                last = i;
            } else if (!line.isEmpty()) {
                inAnswer = false;
            }
        }
        if (turns < MIN_TURNS || answers.isEmpty()) {
            return Optional.empty();
        }
        String statement =
                String.join("\n\n", answers.stream().filter(a -> !a.isBlank()).toList());
        Speaker speaker = new Speaker(guest.name(), guest.honorific(), guest.role(), guest.organization(), statement);
        SpeakerFinder.Placed placed =
                new SpeakerFinder.Placed(speaker, introLine, first, last + 1, "Interview", 8, Integer.MAX_VALUE, null);
        // the sentence that introduces the guest also tells the event ("held online … and convened by …")
        boolean introIsLabel = INTERVIEWEE_LABEL
                .matcher(Markup.strip(lines.get(introLine)).strip())
                .matches();
        return Optional.of(
                new SpeakerFinder.Found(List.of(speaker), List.of(placed), introIsLabel ? introLine : introLine + 1));
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
        if (QUESTION.matcher(line).matches()) {
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
