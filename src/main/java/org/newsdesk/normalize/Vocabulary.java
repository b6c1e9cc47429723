package org.newsdesk.normalize;

import java.util.Locale;
import java.util.Set;

/**
 * The words that tell a job title from an organization from a name in officers' notes. Kept in one
 * place so the speaker rules agree with each other.
 */
final class Vocabulary {

    /** Words that make a phrase a job title. */
    static final Set<String> ROLE_WORDS = Set.of(
            "director", "manager", "officer", "expert", "head", "chief", "president", "vice", "secretary",
            "representative", "coordinator", "specialist", "advisor", "adviser", "researcher", "professor",
            "fellow", "chair", "chairman", "chairwoman", "chairperson", "founder", "ceo", "cto", "analyst",
            "consultant", "engineer", "lead", "leader", "minister", "ambassador", "counsellor", "counselor",
            "deputy", "assistant", "associate", "scientist", "economist", "general", "executive", "partner",
            "administrator", "commissioner", "governor", "mayor", "dean", "lecturer", "principal", "attaché",
            "official", "staff", "member", "delegate", "envoy", "programme", "program", "project", "senior");

    /** Words that start a job title in a one-line header ("Liu Hongming Senior Director of ..."). */
    static final Set<String> ROLE_START_WORDS = Set.of(
            "senior", "director", "deputy", "chief", "head", "project", "programme", "program", "manager",
            "executive", "vice", "secretary", "president", "professor", "assistant", "associate", "lead",
            "principal", "research", "researcher", "officer", "expert", "founder", "chair", "chairman",
            "coordinator", "specialist", "advisor", "adviser", "counsellor", "country", "regional", "general",
            "partnership", "government", "communications", "policy", "climate", "team", "minister", "ambassador",
            "consultant", "analyst", "fellow", "dean", "governor", "mayor", "representative");

    /** Words that make a phrase an organization. */
    static final Set<String> ORGANIZATION_WORDS = Set.of(
            "center", "centre", "institute", "foundation", "ministry", "council", "society", "office",
            "organization", "organisation", "association", "agency", "fund", "bank", "university", "group",
            "commission", "network", "alliance", "conservancy", "company", "ltd", "inc", "corporation", "bureau",
            "secretariat", "academy", "committee", "federation", "union", "programme", "department", "embassy",
            "government", "authority", "administration", "college", "school", "initiative", "partnership",
            "forum", "club", "trust", "unit", "division", "platform", "coalition", "consortium", "laboratory", "lab", "board", "commune", "municipality");

    /** Words naming a part of an organization: "Director of the China Office of ..." keeps the office in the role. */
    static final Set<String> SUB_UNIT_WORDS = Set.of(
            "department", "division", "office", "unit", "section", "bureau", "branch", "team", "programme",
            "program", "desk", "center", "centre", "secretariat", "directorate", "group");

    /** Words that name a kind of event: a line with one is an event's name, never a person's. */
    static final Set<String> EVENT_WORDS = Set.of(
            "forum", "dialogue", "roundtable", "round-table", "workshop", "seminar", "conference", "meeting", "symposium",
            "webinar", "session", "summit", "training", "launch", "consultation", "briefing", "salon", "exchange",
            "ceremony", "expo", "exhibition", "congress", "论坛", "研讨会", "会议", "对话", "培训", "論壇", "研討會", "會議", "對話");

    /**
     * Capitalised words that appear at the start of note lines but are never part of a person's name.
     * Not "he" or "she": He (何) and She (佘) are Chinese family names ("He Wei").
     */
    static final Set<String> NOT_NAME_WORDS = Set.of(
            "the", "a", "an", "and", "of", "for", "on", "in", "to", "at", "by", "with", "from", "as", "is", "are",
            "forum", "platform", "session", "remarks", "opening", "closing", "summary", "conclusion", "conclusions",
            "discussion", "discussions", "comments", "comment", "panel", "keynote", "speech", "speeches",
            "introduction", "notes", "note", "agenda", "part", "day", "background", "overview", "event", "speakers",
            "speaker", "experts", "partner", "partners", "opinions", "date", "format", "host", "hosts", "tags",
            "venue", "location", "organizer", "organizers", "topics", "topic", "q&a", "next", "steps", "action",
            "items", "minutes", "attendees", "participants", "welcome", "dialogue", "roundtable", "workshop",
            "meeting", "conference", "seminar", "webinar", "hi", "hello", "dear", "thanks", "thx", "regards",
            "best", "cheers", "team", "all", "update", "draft", "final", "pt", "page", "see", "also", "china",
            "climate", "change", "green", "energy", "we", "our", "this", "that", "it", "they",
            "current", "key", "recent", "first", "second", "third", "held", "ready", "hopes", "suggests");

    private Vocabulary() {
    }

    static String key(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}&]+|[^\\p{L}&]+$", "");
    }

    static boolean anyWordIn(String phrase, Set<String> words) {
        for (String w : phrase.split("[\\s/,()]+")) {
            if (words.contains(key(w))) {
                return true;
            }
        }
        return false;
    }

    /** An acronym such as "WWF", "UNEP" or "C40": two or more capitals and digits, nothing else. */
    static boolean isAcronym(String word) {
        String w = word.replaceAll("^[(\"']+|[)\"',.;:]+$", "");
        if (w.length() < 2 || w.length() > 10) {
            return false;
        }
        int capitals = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isUpperCase(c)) {
                capitals++;
            } else if (!Character.isDigit(c) && c != '&' && c != '-') {
                return false;
            }
        }
        return capitals >= 2;
    }
}
