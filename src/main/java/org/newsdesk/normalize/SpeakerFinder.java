package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsdesk.domain.Speaker;

/**
 * Walks a note line by line; at each line every speaker rule may propose a header, and the proposal
 * with the most evidence ({@link SpeakerEvidence}) wins. How far it is ahead of a proposal that names
 * someone else is its margin: a thin margin or little evidence means the reader is guessing. A
 * statement runs from the end of its header to the next header, and stops early at an editorial
 * remark or the mail's sign-off. Rules can mix within one note, as officers' notes do.
 */
final class SpeakerFinder {

    /** The speakers in note order, where each was found, and the line where the first header starts. */
    record Found(List<Speaker> speakers, List<Placed> placed, int firstHeader) {

        Found {
            speakers = List.copyOf(speakers);
            placed = List.copyOf(placed);
        }
    }

    /**
     * One speaker and where the note gives them: the header's first line, the statement's lines
     * {@code [from, to)}, the rule that read the header, its evidence and its margin over a rival reading
     * ({@link Integer#MAX_VALUE} when no other rule proposed anything there).
     */
    record Placed(Speaker speaker, int header, int from, int to, String rule, int evidence, int margin, String rival) {}

    private record Proposal(SpeakerRule rule, SpeakerMatch match, int evidence) {}

    private record Chosen(SpeakerMatch match, String rule, int evidence, int margin, String rival) {}

    /** The layout rules, most specific first; each proposes, the evidence decides. */
    static final List<SpeakerRule> LAYOUT_RULES = List.of(
            new KeyValueSpeakers(),
            new MarkdownHeadingSpeakers(),
            new BulletSpeakers(),
            new ProseAttributionSpeakers(),
            new ChineseProseSpeakers(),
            new ColonSpeakers(),
            new NameBlockSpeakers(),
            new OneLineHeaderSpeakers(),
            new NameThenDetailsSpeakers(),
            new IntroducedSpeakers(),
            new TableRowSpeakers(),
            new PullQuoteSpeakers());

    Found find(List<String> lines, CoverLetter cover) {
        return find(lines, cover, Roster.empty());
    }

    Found find(List<String> lines, CoverLetter cover, Roster roster) {
        List<SpeakerRule> noteRules = new ArrayList<>(LAYOUT_RULES);
        noteRules.add(new RosterSpeakers(roster));
        List<Chosen> chosen = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Optional<Chosen> match =
                    lines.get(i).isBlank() || cover.contains(i) ? Optional.empty() : bestAt(noteRules, lines, i);
            if (match.isPresent()) {
                chosen.add(match.get());
                i = Math.max(i + 1, match.get().match().next());
            } else {
                i++;
            }
        }
        List<Speaker> speakers = new ArrayList<>();
        List<Placed> placed = new ArrayList<>();
        for (int k = 0; k < chosen.size(); k++) {
            Chosen c = chosen.get(k);
            SpeakerMatch m = c.match();
            int end = k + 1 < chosen.size() ? chosen.get(k + 1).match().start() : lines.size();
            List<String> statementLines = m.complete() ? List.of() : statementLines(lines, m.next(), end, cover);
            String statement = StatementText.of(m.inlineStatement(), statementLines);
            for (Person listed : m.people()) {
                Person p = roster.complete(listed);
                if (!NotASpeaker.applies(p, statement, m.start(), cover)) {
                    Speaker s = new Speaker(
                            p.name(), p.honorific(), p.role(), p.organization(), statement, m.reportingVerb());
                    speakers.add(s);
                    placed.add(new Placed(
                            s,
                            m.start(),
                            m.next(),
                            m.next() + statementLines.size(),
                            c.rule(),
                            c.evidence(),
                            c.margin(),
                            c.rival()));
                }
            }
        }
        mergeSecondReferences(speakers, placed);
        int firstHeader =
                chosen.isEmpty() ? lines.size() : chosen.get(0).match().start();
        return new Found(speakers, placed, firstHeader);
    }

    /**
     * "Dr. Niran added: …" or "Quispe Mamani added: …" after "Dr. Niran Chaiyaporn, Director-General, …": a
     * shorter form of a name already given, with nothing new about the person, is the same speaker.
     */
    private static void mergeSecondReferences(List<Speaker> speakers, List<Placed> placed) {
        for (int k = speakers.size() - 1; k > 0; k--) {
            Speaker later = speakers.get(k);
            if (later.role() != null || later.organization() != null) {
                continue;
            }
            int match = -1;
            for (int j = 0; j < k; j++) {
                if (isShorterFormOf(later.name(), speakers.get(j).name())) {
                    match = match == -1 ? j : -2;
                }
            }
            if (match >= 0 && !speakers.get(match).statement().equals(later.statement())) {
                Speaker first = speakers.get(match);
                Speaker merged = new Speaker(
                        first.name(),
                        first.honorific(),
                        first.role(),
                        first.organization(),
                        first.statement() + "\n\n" + later.statement(),
                        first.reportingVerb());
                speakers.set(match, merged);
                Placed p = placed.get(match);
                placed.set(
                        match,
                        new Placed(
                                merged, p.header(), p.from(), p.to(), p.rule(), p.evidence(), p.margin(), p.rival()));
                speakers.remove(k);
                placed.remove(k);
            }
        }
    }

    static boolean isShorterFormOf(String shorter, String full) {
        List<String> s = List.of(shorter.toLowerCase(java.util.Locale.ROOT).split("\\s+"));
        List<String> f = List.of(full.toLowerCase(java.util.Locale.ROOT).split("\\s+"));
        return s.size() < f.size() && f.containsAll(s);
    }

    private static Optional<Chosen> bestAt(List<SpeakerRule> rules, List<String> lines, int at) {
        List<Proposal> proposals = new ArrayList<>();
        for (SpeakerRule rule : rules) {
            rule.match(lines, at)
                    .ifPresent(m -> proposals.add(new Proposal(rule, m, SpeakerEvidence.score(rule, m, lines))));
        }
        // a proposal with almost nothing for it (a shouted first line, a sender's name) is no speaker at all
        proposals.removeIf(p -> p.evidence() < SpeakerEvidence.MINIMUM);
        if (proposals.isEmpty()) {
            return Optional.empty();
        }
        // the most evidence wins; on a tie the more specific rule (earlier in the list) does
        Proposal best = proposals.get(0);
        for (Proposal p : proposals) {
            if (p.evidence() > best.evidence()) {
                best = p;
            }
        }
        int margin = Integer.MAX_VALUE;
        String rival = null;
        for (Proposal p : proposals) {
            if (p != best && !names(p.match()).equals(names(best.match())) && best.evidence() - p.evidence() < margin) {
                margin = best.evidence() - p.evidence();
                rival = String.join(" & ", names(p.match()));
            }
        }
        return Optional.of(
                new Chosen(best.match(), best.rule().getClass().getSimpleName(), best.evidence(), margin, rival));
    }

    private static List<String> names(SpeakerMatch m) {
        return m.people().stream().map(Person::name).toList();
    }

    private static List<String> statementLines(List<String> lines, int from, int to, CoverLetter cover) {
        int end = Math.min(to, cover.signOff());
        // "(joined by video link)" between the header and the words is an aside, not the end
        while (from < end
                && (lines.get(from).isBlank()
                        || EditorialRemark.isWholeBracketed(lines.get(from).strip()))) {
            from++;
        }
        for (int i = from; i < end; i++) {
            if (EditorialRemark.endsStatement(lines.get(i))
                    || isOtherHeading(lines.get(i))
                    || i > 0 && isSectionHeading(lines, i)) {
                return lines.subList(from, i);
            }
        }
        return lines.subList(Math.min(from, end), end);
    }

    private static final java.util.regex.Pattern NUMBERED_HEADING =
            java.util.regex.Pattern.compile("^(?:\\d{1,2}|[IVX]{1,4})[.)]\\s+\\p{Lu}[\\p{L}&/ -]{1,40}$");

    /**
     * "3. Follow-up" or "NEXT STEPS" on a line of its own after a blank line, not one of several numbered points:
     * the report's next section, which ends the statement before it.
     */
    private static boolean isSectionHeading(List<String> lines, int i) {
        String t = lines.get(i).strip();
        if (!lines.get(i - 1).isBlank() || t.split("\\s+").length > 5) {
            return false;
        }
        boolean numbered = NUMBERED_HEADING.matcher(t).matches();
        boolean shouted =
                t.length() >= 4 && t.matches("[\\p{Lu}&/ -]+") && t.chars().anyMatch(Character::isLetter);
        if (!numbered && !shouted) {
            return false;
        }
        for (int j = i + 1; j < lines.size(); j++) {
            if (!lines.get(j).isBlank()) {
                return !NUMBERED_HEADING.matcher(lines.get(j).strip()).matches();
            }
        }
        return true;
    }

    /** A heading that names no speaker ("## Q&A") closes the statement before it. */
    private static boolean isOtherHeading(String line) {
        return line.startsWith("#");
    }
}
