package org.newsdesk.normalize;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A "Label: value" line as officers write them, in English, Chinese or both ("时间 Date: 2021年4月8日",
 * "Host = FECO", "發言人：王芳", full-width colons too). Only labels made entirely of known words count,
 * so "Summary of expert opinions:" or "Zhou Shuang: ..." are not mistaken for fields.
 */
final class LabelledLine {

    enum Label {
        TITLE,
        DATE,
        WHEN_WHERE,
        LOCATION,
        FORMAT,
        ORGANIZER,
        /** "Supported by:", "Sponsor:", "Funded by:": a body that paid or helped, which may or may not have organised. */
        SUPPORTER,
        PUBLICATION,
        SPEAKER,
        ROLE,
        ORGANIZATION,
        STATEMENT,
        ISSUE,
        TAGS
    }

    record Field(Label label, String value) {}

    private static final int MAX_LABEL_CHARS = 40;
    private static final java.util.regex.Pattern BREAK = java.util.regex.Pattern.compile("(?i)<br\\s*/?>");
    private static final Map<String, Label> WORDS = new HashMap<>();
    private static final Set<String> CONNECTORS = Set.of("by", "of", "&", "and", "the", "key", "job", "lead", "joint");

    static {
        put(
                Label.TITLE,
                "title",
                "meeting",
                "activity",
                "webinar",
                "workshop",
                "seminar",
                "forum",
                "panel",
                "conference",
                "symposium",
                "dialogue",
                "roundtable",
                "training",
                "course",
                "活动",
                "活動",
                "会议",
                "會議",
                "主题",
                "主題",
                "标题",
                "標題");
        put(Label.DATE, "date", "when", "time", "day", "时间", "時間", "日期");
        put(Label.LOCATION, "venue", "location", "where", "place", "city", "地点", "地點");
        put(Label.FORMAT, "format", "mode", "modality", "形式", "方式");
        put(
                Label.ORGANIZER,
                "host",
                "hosts",
                "hosted",
                "organizer",
                "organizers",
                "organiser",
                "organisers",
                "organized",
                "organised",
                "co-organizer",
                "co-organizers",
                "co-organiser",
                "co-organisers",
                "co-host",
                "co-hosts",
                "co-hosted",
                "co-sponsor",
                "co-sponsors",
                "co-sponsored",
                "convener",
                "conveners",
                "convenor",
                "convenors",
                "convened",
                "co-organized",
                "co-organised",
                "organizing",
                "organising",
                "hosting",
                "convening",
                "co-convener",
                "co-conveners",
                "co-convenor",
                "co-convenors",
                "co-organizing",
                "co-organising",
                "主办",
                "主辦",
                "主办方",
                "主辦方",
                "主办单位",
                "主辦單位",
                "承办",
                "承辦",
                "承办单位",
                "承辦單位",
                "协办",
                "協辦",
                "协办单位",
                "協辦單位",
                "联合主办",
                "聯合主辦",
                "合作单位",
                "合作單位");
        put(
                Label.SUPPORTER,
                "sponsor",
                "sponsors",
                "sponsored",
                "supported",
                "supporter",
                "supporters",
                "funder",
                "funders",
                "funded",
                "donor",
                "donors",
                "支持",
                "支持单位",
                "支持單位",
                "赞助",
                "贊助",
                "赞助单位",
                "贊助單位");
        put(Label.PUBLICATION, "publication", "newsletter", "刊物");
        put(
                Label.SPEAKER,
                "speaker",
                "name",
                "expert",
                "presenter",
                "panelist",
                "panellist",
                "报告人",
                "報告人",
                "讲者",
                "講者",
                "发言人",
                "發言人",
                "嘉宾",
                "嘉賓",
                "主讲人",
                "主講人",
                "姓名",
                "专家",
                "專家");
        put(Label.ROLE, "role", "position", "职务", "職務", "职位", "職位", "头衔", "頭銜");
        put(
                Label.ORGANIZATION,
                "org",
                "organization",
                "organisation",
                "affiliation",
                "institution",
                "单位",
                "單位",
                "机构",
                "機構");
        put(
                Label.STATEMENT,
                "notes",
                "note",
                "statement",
                "remarks",
                "points",
                "summary",
                "views",
                "要点",
                "要點",
                "观点",
                "觀點",
                "发言要点",
                "發言要點",
                "内容",
                "內容",
                "发言",
                "發言");
        put(Label.ISSUE, "issue", "期号", "期號");
        put(Label.TAGS, "tags", "keywords", "标签", "標籤");
    }

    private static void put(Label label, String... words) {
        for (String w : words) {
            WORDS.put(w, label);
        }
    }

    private LabelledLine() {}

    static Optional<Field> parse(String line) {
        String s = Markup.strip(line.length() > 400 ? line.substring(0, 400) : line)
                .strip();
        int sep = -1;
        int limit = Math.min(s.length(), MAX_LABEL_CHARS);
        for (int i = 0; i < limit; i++) {
            char c = s.charAt(i);
            if (c == ':' || c == '：') {
                sep = i;
                break;
            }
            if (c == '=' && i > 0 && s.charAt(i - 1) == ' ') {
                sep = i;
                break;
            }
        }
        if (sep <= 0) {
            return Optional.empty();
        }
        Label label = labelOf(s.substring(0, sep));
        if (label == null) {
            return Optional.empty();
        }
        String value = line.length() > 400 ? Markup.strip(line).strip().substring(sep + 1) : s.substring(sep + 1);
        if (label == Label.ORGANIZER && BREAK.matcher(line).find()) {
            // "Organisers | Reef Watch Network<br>Harbour Foundation": a line break inside a cell lists
            String broken = Markup.strip(BREAK.matcher(line).replaceAll("; ")).strip();
            value = broken.substring(Math.min(broken.length(), sep + 1));
        }
        return Optional.of(new Field(label, value.strip()));
    }

    /** What a table header cell names ("发言人 Speaker", "Organisation"), or null. */
    static Label labelOfCell(String cell) {
        String c = cell.strip();
        return c.isEmpty() || c.length() > MAX_LABEL_CHARS ? null : labelOf(c);
    }

    /** Labels of several words that are not made of label words: "In partnership with: …". */
    private static final Map<String, Label> PHRASES = Map.of("in partnership with", Label.ORGANIZER);

    private static Label labelOf(String text) {
        Label phrase = PHRASES.get(
                text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("^[*]+|[*]+$", ""));
        if (phrase != null) {
            return phrase;
        }
        EnumSet<Label> found = EnumSet.noneOf(Label.class);
        boolean event = false;
        // "Diễn giả / Speaker", "报告人 Speaker": a label in two languages; the words of the other language are skipped
        boolean bilingual = text.chars().anyMatch(c -> c > 0x7F && Character.isLetter(c));
        boolean unknown = false;
        for (String raw : text.strip().split("[\\s/]+")) {
            String word = raw.toLowerCase(Locale.ROOT).replaceAll("^[(\\[*]+|[)\\]*]+$", "");
            if (word.isEmpty()) {
                continue;
            }
            Label l = WORDS.get(word);
            if (word.equals("event")) {
                event = true; // "Event:" is the event's name, "Event date:" its date
            } else if (l != null) {
                found.add(l);
            } else if (!CONNECTORS.contains(word)) {
                if (!bilingual) {
                    return null;
                }
                unknown = true;
            }
        }
        if (unknown && found.size() + (event ? 1 : 0) != 1) {
            return null; // only one known word may stand for a label in two languages
        }
        if (found.isEmpty()) {
            return event ? Label.TITLE : null;
        }
        if (found.contains(Label.DATE) && found.contains(Label.LOCATION)) {
            return Label.WHEN_WHERE;
        }
        // "活动 Event" names one field in two languages; otherwise the first kind in the enum wins
        return found.iterator().next();
    }
}
