package org.newsdesk.normalize;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words that tell a job title from an organization from a name in officers' notes. Kept in one
 * place so the speaker rules agree with each other.
 */
final class Vocabulary {

    /** Words that make a phrase a job title. */
    static final Set<String> ROLE_WORDS = Set.copyOf(List.of(
            "director", "manager", "officer", "expert", "head", "chief", "president", "vice", "secretary",
            "representative", "coordinator", "specialist", "advisor", "adviser", "researcher", "professor",
            "fellow", "chair", "chairman", "chairwoman", "chairperson", "founder", "ceo", "cto", "analyst",
            "consultant", "engineer", "lead", "leader", "minister", "ambassador", "counsellor", "counselor",
            "deputy", "assistant", "associate", "scientist", "economist", "general", "executive", "partner",
            "administrator", "commissioner", "governor", "mayor", "dean", "lecturer", "principal", "attaché",
            "official", "staff", "member", "delegate", "envoy", "programme", "program", "project", "senior"));

    /** Nouns that make a phrase a job title ("Senior Counsel", "Director of ..."). */
    static final Set<String> TITLE_NOUNS = Set.copyOf(List.of("director", "manager", "officer", "expert", "head", "chief", "president", "secretary", "representative",
            "coordinator", "specialist", "advisor", "adviser", "researcher", "professor", "fellow", "chair", "chairman",
            "chairwoman", "chairperson", "founder", "ceo", "analyst", "consultant", "engineer", "lead", "leader",
            "minister", "ambassador", "counsellor", "counselor", "deputy", "scientist", "economist", "dean",
            "lecturer", "governor", "mayor", "commissioner", "administrator", "delegate", "envoy", "official",
            "counsel", "planner", "architect", "designer", "editor", "journalist", "reporter", "producer", "inspector",
            "surveyor", "ranger", "technician", "teacher", "negotiator", "strategist", "attorney", "lawyer", "judge",
            "superintendent", "supervisor", "controller", "treasurer", "auditor", "registrar", "trainer", "facilitator",
            "moderator", "rapporteur", "convenor", "convener", "steward", "captain", "physician", "doctor", "nurse",
            "modeller", "modeler", "statistician", "developer", "entrepreneur", "owner", "co-founder", "cofounder", "member",
            "activist", "advocate", "campaigner", "organiser", "organizer", "vice-president", "director-general",
            "secretary-general", "deputy-director", "head", "principal", "curator", "librarian", "keeper", "warden", "officer",
            "mayor", "councillor", "councilor", "senator", "legislator", "governor", "premier", "chancellor", "rector",
            "provost", "investigator", "correspondent", "pilot", "skipper", "farmer", "fisher", "fisherman", "vendor"));

    /** Words that start a job title in a one-line header ("Liu Hongming Senior Director of ..."). */
    static final Set<String> ROLE_START_WORDS = Set.copyOf(List.of(
            "senior", "director", "deputy", "chief", "head", "project", "programme", "program", "manager",
            "executive", "vice", "secretary", "president", "professor", "assistant", "associate", "lead",
            "principal", "research", "researcher", "officer", "expert", "founder", "chair", "chairman",
            "coordinator", "specialist", "advisor", "adviser", "counsellor", "country", "regional", "general",
            "partnership", "government", "communications", "policy", "climate", "team", "minister", "ambassador",
            "consultant", "analyst", "fellow", "dean", "governor", "mayor", "representative"));

    /** Words that make a phrase an organization. */
    static final Set<String> ORGANIZATION_WORDS = Set.copyOf(List.of(
            "center", "centre", "institute", "foundation", "ministry", "council", "society", "office",
            "organization", "organisation", "association", "agency", "fund", "bank", "university", "group",
            "commission", "network", "alliance", "conservancy", "company", "ltd", "inc", "corporation", "bureau",
            "secretariat", "academy", "committee", "federation", "union", "programme", "department", "embassy",
            "government", "authority", "administration", "college", "school", "initiative", "partnership",
            "forum", "club", "trust", "unit", "division", "platform", "coalition", "consortium", "laboratory", "lab", "board", "commune", "municipality",
            "observatory", "cooperative", "co-operative", "collaborative", "collective", "service", "services", "cell", "works",
            "terminal", "utility", "utilities", "hub", "facility", "museum", "hospital", "chamber", "consultancy", "gmbh", "plc",
            "llc", "institution", "ministries", "agencies", "institutes", "centres", "centers", "foundations", "networks",
            "associations", "councils", "societies", "companies", "cooperatives", "municipalities", "authorities"));

    /**
     * Nouns that head the name of a body in its own right ("the City of Santa Cruz", "the Lao Department
     * of Water Resources", "the National University of Laos"): after "of the", the rest is the organisation.
     */
    static final Set<String> ORGANIZATION_HEAD_WORDS = Set.copyOf(List.of(
            "department", "ministry", "city", "municipality", "agency", "institute", "university", "authority", "commission",
            "bureau", "administration", "academy", "council", "secretariat", "county", "province", "prefecture", "district",
            "government", "town", "village"));

    /** Small words inside the name of a body or a place ("City of Santa Cruz de la Sierra", "Ministry of Land and Water"). */
    static final Set<String> NAME_JOINERS = Set.of(
            "of", "for", "and", "the", "&", "de", "del", "la", "las", "los", "y", "da", "do", "dos", "das", "du", "des", "van",
            "von", "der", "on", "in");

    /** Words naming a part of an organization: "Director of the China Office of ..." keeps the office in the role. */
    static final Set<String> SUB_UNIT_WORDS = Set.copyOf(List.of(
            "department", "division", "office", "unit", "section", "bureau", "branch", "team", "programme",
            "program", "desk", "center", "centre", "secretariat", "directorate", "group"));

    /** Words a title keeps in lower case ("Forum on the Knowledge-Sharing Platform"). */
    static final Set<String> TITLE_SMALL_WORDS = Set.of(
            "a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to", "via", "with", "from");

    /** Words that name a kind of event: a line with one is an event's name, never a person's. */
    static final Set<String> EVENT_WORDS = Set.copyOf(List.of(
            "forum", "dialogue", "roundtable", "round-table", "workshop", "seminar", "conference", "meeting", "symposium",
            "webinar", "session", "summit", "training", "launch", "consultation", "briefing", "salon", "exchange",
            "ceremony", "expo", "exhibition", "congress", "clinic", "meetup", "hackathon", "masterclass", "festival", "retreat",
            "bootcamp", "course", "colloquium", "assembly", "convention", "camp", "fair", "tour", "visit", "walk", "dinner",
            "reception", "hearing", "caucus", "panel", "day", "days", "week", "talks", "论坛", "研讨会", "会议", "对话", "培训", "論壇", "研討會", "會議", "對話"));

    /**
     * Capitalised words that appear at the start of note lines but are never part of a person's name.
     * Not "he" or "she": He (何) and She (佘) are Chinese family names ("He Wei").
     */
    static final Set<String> NOT_NAME_WORDS = Set.copyOf(List.of(
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
            "current", "key", "recent", "first", "second", "third", "held", "ready", "hopes", "suggests", "press", "release",
            "coming", "up", "upcoming", "news", "highlights", "programme", "program", "report", "takeaways", "recap", "photo",
            "photos", "video", "contact", "contacts", "about", "us", "more", "read", "share", "home", "menu", "skip", "content",
            "subscribe", "unsubscribe", "issue", "edition", "volume", "notes", "feedback", "registration", "deadline",
            "lessons", "learned", "what", "why", "how", "who", "when", "where", "questions", "answers", "resources", "links"));



    /**
     * Family names (pinyin and other romanisations) and common given names: evidence that a
     * short capitalised phrase is a person ("Lei Xiaomeng", "Nguyen Van Minh", "Park Jiwoo").
     */
    static final Set<String> FAMILY_NAMES = Set.copyOf(List.of(
            "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo",
            "he", "gao", "lin", "luo", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng", "cao", "peng", "zeng",
            "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "yu", "du", "ye", "cheng", "wei", "su", "lu", "ding", "ren",
            "shen", "yao", "jin", "fu", "zhong", "cui", "tan", "lei", "miao", "qian", "kang", "yan", "mo", "bai", "fang", "kong",
            "qin", "shi", "geng", "hou", "meng", "xiong", "long", "wan", "duan", "lai", "gu", "mao", "hao", "gong", "shao",
            "nguyen", "nguyễn", "tran", "trần", "le", "lê", "pham", "phạm", "hoang", "hoàng", "vu", "vũ", "vo", "võ", "dang",
            "đặng", "bui", "bùi", "do", "đỗ", "ho", "hồ", "ngo", "ngô", "duong", "dương", "ly", "lý", "park", "kim", "lee",
            "choi", "jung", "jeong", "kang", "cho", "yoon", "jang", "lim", "han", "shin", "seo", "kwon", "hwang", "ahn", "song",
            "yoo", "hong", "jeon", "ko", "moon", "yang", "son", "bae", "baek", "heo", "nam", "sato", "suzuki", "takahashi",
            "tanaka", "watanabe", "ito", "yamamoto", "nakamura", "kobayashi", "kato", "yoshida", "yamada", "sasaki", "inoue",
            "kimura", "hayashi", "shimizu", "mori", "ikeda", "hashimoto", "ishikawa", "ogawa", "okada", "singh", "kumar",
            "sharma", "patel", "gupta", "das", "rao", "reddy", "khan", "ali", "ahmed", "hassan", "hussain", "rahman", "chowdhury",
            "islam", "santos", "silva", "souza", "sousa", "pereira", "costa", "oliveira", "rodrigues", "garcia", "garcía",
            "martinez", "martínez", "lopez", "lópez", "gonzalez", "gonzález", "hernandez", "hernández", "perez", "pérez",
            "sanchez", "sánchez", "ramirez", "ramírez", "torres", "flores", "rivera", "gomez", "gómez", "diaz", "díaz",
            "smith", "jones", "brown", "taylor", "wilson", "johnson", "williams", "davies", "evans", "thomas", "roberts",
            "walker", "wright", "robinson", "thompson", "white", "hughes", "edwards", "green", "hall", "wood", "harris",
            "martin", "jackson", "clarke", "clark", "lewis", "young", "king", "scott", "baker", "adams", "campbell", "anderson",
            "mitchell", "müller", "mueller", "schmidt", "schneider", "fischer", "weber", "meyer", "wagner", "becker", "hoffmann",
            "dupont", "bernard", "dubois", "moreau", "laurent", "simon", "michel", "lefebvre", "rossi", "russo", "ferrari",
            "bianchi", "romano", "colombo", "ivanov", "ivanova", "petrov", "petrova", "smirnov", "smirnova", "popov", "kuznetsov",
            "novak", "nowak", "kowalski", "kowalska", "wiśniewski", "horvat", "kovač", "kovacs", "nagy", "yilmaz", "yılmaz",
            "kaya", "demir", "şahin", "çelik", "ozturk", "öztürk", "mohammed", "mohamed", "abdullah", "ibrahim", "rahim",
            "tan", "lim", "ng", "ong", "goh", "chua", "koh", "teo", "wong", "chan", "leung", "cheung", "lau", "tse", "chow",
            "phan", "sok", "chea", "keo", "vong", "phommachanh", "sihalath", "sayavong", "soe", "aung", "win", "myint",
            "htun", "kyaw", "thein", "okafor", "okonkwo", "mensah", "owusu", "boateng", "mwangi", "ochieng", "otieno",
            "kamau", "banda", "phiri", "dlamini", "nkosi", "diallo", "traoré", "traore", "keita", "keïta", "coulibaly",
            "haddad", "khoury", "nasser", "karimi", "hosseini", "ahmadi", "rezaei", "mousavi", "jafari", "andersson",
            "johansson", "karlsson", "nilsson", "larsen", "hansen", "jensen", "nielsen", "olsen", "berg", "lindqvist",
            "jónsson", "virtanen", "korhonen", "van", "de", "dos", "da", "bin", "binti"));

    /** Words of a Chinese section heading ("发言摘要：", "会议总结："): never part of a person's name. */
    static final List<String> CHINESE_HEADING_WORDS = List.of(
            "发言", "發言", "摘要", "要点", "要點", "总结", "總結", "会议", "會議", "介绍", "介紹", "主持", "嘉宾", "嘉賓", "内容", "內容",
            "议程", "議程", "背景", "简介", "簡介", "讨论", "討論", "观点", "觀點", "活动", "活動", "时间", "時間", "地点", "地點",
            "专家", "專家", "报告", "報告", "致辞", "致辭", "问答", "問答", "附件", "备注", "備註", "联系", "聯繫", "结论", "結論");

    /** Month names, which start with a capital but are never part of an event's name. */
    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /** Titles of office or rank written before a name: neither an honorific nor part of the name. */
    static final List<String> OFFICE_TITLES = List.of(
            "h.e.", "h. e.", "he.", "amb.", "ambassador", "dato'", "dato’", "dato", "datuk", "datin", "tan sri", "puan sri",
            "dato' sri", "dato’ sri", "datuk seri", "tun", "sheikh", "shaikh", "eng.", "engr.", "ing.", "ir.", "capt.", "hon.",
            "rev.", "the hon.", "the honourable", "honourable", "his excellency", "her excellency", "excellency", "sen.",
            "lic.", "mag.", "arch.");

    /** Lines of a web page around the article: navigation, sharing, cookie and sign-in prompts. */
    static final Set<String> PAGE_CHROME = Set.copyOf(List.of(
            "skip to content", "skip to main content", "skip to navigation", "jump to content", "menu", "main menu", "home",
            "search", "share", "share this", "share this article", "share this page", "share on facebook", "share on twitter",
            "share on linkedin", "share on x", "print", "print this page", "email this", "tweet", "back to top", "read more",
            "related articles", "related news", "related stories", "related content", "you may also like", "more news",
            "accept", "accept cookies", "accept all cookies", "this website uses cookies", "subscribe", "sign in", "log in",
            "login", "register", "next article", "previous article", "next story", "previous story", "top", "language",
            "english", "中文", "news", "latest news", "news and events", "news & events", "events", "publications", "follow us",
            "facebook", "twitter", "linkedin", "youtube", "instagram", "wechat", "weibo", "rss", "breadcrumb", "you are here",
            "view all", "see all", "show more", "close", "toggle navigation", "open menu", "返回顶部", "分享", "打印", "首页"));

    /** Words that open a posting line ("Posted: 2024-06-20", "Published on 3 May"): the page's date, not the event's. */
    static final Set<String> POSTING_WORDS = Set.copyOf(List.of(
            "posted", "published", "updated", "last updated", "last modified", "release date", "date posted", "posted on",
            "published on", "发布时间", "发布日期", "更新时间", "来源", "source", "written by", "author", "by"));

    /** Lines that start the footer of a page or a newsletter: everything from here on is not the event. */
    static final Set<String> FOOTER_STARTS = Set.copyOf(List.of(
            "contact us", "contact", "contacts", "media contact", "media contacts", "media enquiries", "media inquiries",
            "press contact", "press contacts", "for media enquiries", "for more information", "for further information",
            "联系我们", "联系方式", "聯絡我們", "联系人", "follow us", "stay connected", "unsubscribe", "manage your subscription",
            "update your preferences", "about us", "notes to editors", "note to editors", "ends", "- ends -", "-ends-", "###",
            "end", "-end-", "— ends —"));

    /** Header keys of a forwarded or quoted mail block ("From:", "Sent:", "发件人："). */
    static final Set<String> MAIL_HEADER_KEYS = Set.copyOf(List.of(
            "from", "sent", "date", "to", "cc", "bcc", "subject", "reply-to", "发件人", "收件人", "抄送", "时间", "主题", "日期",
            "發件人", "收件人", "主旨", "寄件者", "收件者", "寄件日期", "傳送時間"));

    /** How a photo caption starts: "Photo: ...", "(Photo courtesy of ...)", "图为...". */
    static final List<String> CAPTION_STARTS = List.of(
            "photo:", "photo by", "photo credit", "photos:", "image:", "image credit", "caption:", "pictured:", "picture:",
            "(photo", "[photo", "(image", "[image", "图为", "图片", "圖為", "▲", "(pictured", "credit:");

    /**
     * Verbs that report what a speaker said, for prose attribution ("Dr. X, Role, Org, said that …")
     * and for spotting another speaker's words inside a statement.
     */
    static final List<String> REPORTING_VERBS = List.of(
            "noted", "said", "stated", "pointed out", "introduced", "stressed", "emphasised", "emphasized", "highlighted",
            "added", "remarked", "explained", "observed", "commented", "concluded", "underlined", "underscored", "mentioned",
            "suggested", "believed", "argued", "shared", "expressed", "recommended", "proposed", "indicated", "reported",
            "announced", "hoped", "expects", "expected", "agreed", "insisted", "cautioned", "warned", "recalled", "described",
            "outlined", "presented", "told", "urged", "called for", "called on", "affirmed", "acknowledged", "asserted",
            "contended", "maintained", "reminded", "revealed", "summarised", "summarized", "welcomed", "thanked",
            "reflected", "discussed", "elaborated", "detailed", "showcased", "illustrated", "took the example of",
            "gave the example of", "cited", "spoke about", "spoke of", "talked about", "focused on", "focussed on",
            "delivered", "opened", "closed", "addressed", "echoed", "responded", "replied", "answered", "asked", "put forward",
            "drew attention to", "shared his", "shared her", "shared their", "mainly shared", "briefed", "updated",
            "demonstrated", "walked participants through", "argues", "says", "notes", "explains", "adds", "stresses");

    /**
     * The reporting verbs that put words in someone's mouth ("said", "warned"), without the verbs of
     * action ("opened", "closed", "welcomed", "delivered") that name no words of theirs.
     */
    static final List<String> SPEECH_VERBS = REPORTING_VERBS.stream()
            .filter(v -> !Set.of("opened", "closed", "welcomed", "thanked", "delivered", "addressed", "presented", "introduced",
                    "asked", "answered", "responded", "replied", "discussed", "focused on", "focussed on", "spoke about",
                    "spoke of", "talked about", "briefed", "updated", "showcased", "demonstrated", "walked participants through",
                    "outlined", "detailed", "elaborated", "illustrated", "described", "shared", "reported", "announced").contains(v))
            .toList();

    /** Words in running prose that say who organised an event ("hosted by", "co-sponsored"). */
    static final List<String> ORGANIZER_CUES = List.of(
            "hosted by", "co-hosted by", "cohosted by", "organised by", "organized by", "co-organised by", "co-organized by",
            "convened by", "co-convened by", "sponsored by", "co-sponsored by", "cosponsored by", "supported by",
            "in partnership with", "jointly organised", "jointly organized", "jointly hosted", "co-sponsored", "co-hosted",
            "co-organised", "co-organized", "organisers", "organizers", "organiser", "organizer", "主办", "承办", "協辦", "协办",
            "主辦", "承辦");

    private Vocabulary() {
    }

    /** The word in lower case without the punctuation around it: "(Director," → "director". */
    static String key(String word) {
        int from = 0;
        int to = word.length();
        while (from < to && !isKeyChar(word.charAt(from))) {
            from++;
        }
        while (to > from && !isKeyChar(word.charAt(to - 1))) {
            to--;
        }
        return word.substring(from, to).toLowerCase(Locale.ROOT);
    }

    private static boolean isKeyChar(char c) {
        return Character.isLetter(c) || c == '&';
    }

    static boolean anyWordIn(String phrase, Set<String> words) {
        for (String w : phrase.split("[\\s/,()]+")) {
            String k = key(w);
            if (words.contains(k)) {
                return true;
            }
            // "Director-General" is a director, "Co-Chair" a chair
            if (k.indexOf('-') > 0) {
                for (String part : k.split("-")) {
                    if (words.contains(part)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** An acronym such as "WWF", "UNEP" or "C40": two or more capitals and digits, nothing else. */
    static boolean isAcronym(String word) {
        int from = 0;
        int to = word.length();
        while (from < to && "(\"'".indexOf(word.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && ")\"',.;:".indexOf(word.charAt(to - 1)) >= 0) {
            to--;
        }
        String w = word.substring(from, to);
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
