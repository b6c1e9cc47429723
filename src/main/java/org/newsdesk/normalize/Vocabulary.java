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

    /** Words naming a part of an organization: "Director of the China Office of ..." keeps the office in the role. */
    static final Set<String> SUB_UNIT_WORDS = Set.copyOf(List.of(
            "department", "division", "office", "unit", "section", "bureau", "branch", "team", "programme",
            "program", "desk", "center", "centre", "secretariat", "directorate", "group"));

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

    /** Chinese reporting verbs, simplified and traditional: "刀建华先生表示，…". Longest first where one contains another. */
    static final List<String> CHINESE_REPORTING_VERBS = List.of(
            "表示", "指出", "认为", "認為", "介绍", "介紹", "强调", "強調", "提出", "谈到", "談到", "建议", "建議", "提到", "分享",
            "呼吁", "呼籲", "补充", "補充", "总结", "總結", "坦言", "透露", "解释", "解釋", "说明", "說明", "阐述", "闡述", "分析",
            "提醒", "回顾", "回顧", "称", "稱", "说", "說", "讲", "講", "谈", "談");

    /** Chinese job titles, simplified and traditional, that end the role before a name: "…服务站站长刀建华". */
    static final List<String> CHINESE_ROLE_WORDS = List.of(
            "站长", "站長", "研究员", "研究員", "副研究员", "副研究員", "助理研究员", "助理研究員", "教授", "副教授", "讲师", "講師",
            "主任", "副主任", "执行主任", "執行主任", "院长", "院長", "副院长", "副院長", "所长", "所長", "副所长", "副所長", "处长",
            "處長", "副处长", "副處長", "局长", "局長", "副局长", "副局長", "厅长", "廳長", "副厅长", "副廳長", "部长", "部長",
            "副部长", "副部長", "司长", "司長", "副司长", "副司長", "科长", "科長", "秘书长", "秘書長", "副秘书长", "副秘書長",
            "总经理", "總經理", "副总经理", "副總經理", "经理", "經理", "董事长", "董事長", "理事长", "理事長", "会长", "會長",
            "副会长", "副會長", "主席", "副主席", "总监", "總監", "专家", "專家", "工程师", "工程師", "高级工程师", "高級工程師",
            "总工程师", "總工程師", "顾问", "顧問", "官员", "官員", "项目官员", "項目官員", "项目经理", "項目經理", "负责人", "負責人",
            "代表", "首席代表", "协调员", "協調員", "干事", "幹事", "市长", "市長", "副市长", "副市長", "县长", "縣長", "村长",
            "村長", "书记", "書記", "主任委员", "主任委員", "委员", "委員", "大使", "参赞", "參贊", "校长", "校長", "组长", "組長",
            "队长", "隊長", "创始人", "創始人", "合伙人", "合夥人", "研究助理", "博士后", "博士後", "学者", "學者", "主持人");

    /** Endings of a Chinese organisation's name: "景洪市农村能源服务站", "云南大学", "泰国清莱社区林业网络". */
    static final List<String> CHINESE_ORGANIZATION_SUFFIXES = List.of(
            "站", "中心", "大学", "大學", "学院", "學院", "研究所", "研究院", "科学院", "科學院", "网络", "網絡", "網路", "协会", "協會",
            "学会", "學會", "委员会", "委員會", "基金会", "基金會", "联盟", "聯盟", "部", "局", "厅", "廳", "司", "署", "处", "處",
            "公司", "集团", "集團", "银行", "銀行", "政府", "办公室", "辦公室", "秘书处", "秘書處", "组织", "組織", "医院", "醫院",
            "学校", "學校", "合作社", "实验室", "實驗室", "保护区", "保護區", "管理局", "事务所", "事務所", "商会", "商會", "社", "所",
            "院", "馆", "館", "会", "會", "台", "臺", "系");

    /** Where a university's school or department begins: "云南大学|生态学与环境学院副教授" keeps the school in the role. */
    static final List<String> CHINESE_UNIVERSITIES = List.of("大学", "大學");

    /** Words that open a Chinese sentence about no one in particular, or a pronoun: "会议认为", "他还指出", "据介绍". */
    static final List<String> CHINESE_NOT_A_SPEAKER_STARTS = List.of(
            "他", "她", "它", "我", "你", "其", "该", "該", "此", "这", "這", "本次", "本届", "本屆", "本报", "本報", "大家", "与会", "與會", "会议", "會議",
            "双方", "雙方", "各方", "各国", "各國", "代表们", "代表們", "专家们", "專家們", "嘉宾", "嘉賓", "记者", "記者", "报告",
            "報告", "文件", "数据", "數據", "据", "據", "正如", "如", "诚如", "誠如", "有关", "有關", "业内", "業內", "多位",
            "不少", "许多", "許多", "部分", "一些", "有人", "有的", "参会", "參會", "与会者", "参与者", "參與者");

    /**
     * Chinese family names, simplified and traditional, the compound ones first: evidence of where a name
     * starts when nothing else marks it ("…农民|李明").
     */
    static final List<String> CHINESE_FAMILY_NAMES = List.of(
            "欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "东方", "東方", "皇甫", "令狐", "慕容", "尉迟", "尉遲", "长孙", "長孫",
            "夏侯", "公孙", "公孫", "端木", "司徒", "西门", "西門", "王", "李", "张", "張", "刘", "劉", "陈", "陳", "杨", "楊", "黄", "黃",
            "赵", "趙", "吴", "吳", "周", "徐", "孙", "孫", "马", "馬", "朱", "胡", "郭", "何", "高", "林", "罗", "羅", "郑", "鄭", "梁",
            "谢", "謝", "宋", "唐", "许", "許", "韩", "韓", "冯", "馮", "邓", "鄧", "曹", "彭", "曾", "肖", "蕭", "田", "董", "袁",
            "潘", "于", "蒋", "蔣", "蔡", "余", "杜", "叶", "葉", "程", "苏", "蘇", "魏", "吕", "呂", "丁", "任", "沈", "姚", "卢",
            "盧", "姜", "崔", "钟", "鍾", "鐘", "谭", "譚", "陆", "陸", "汪", "范", "金", "石", "廖", "贾", "賈", "夏", "韦", "韋",
            "付", "傅", "方", "白", "邹", "鄒", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "閆", "段", "雷", "侯", "龙", "龍",
            "史", "陶", "黎", "贺", "賀", "顾", "顧", "毛", "郝", "龚", "龔", "邵", "万", "萬", "钱", "錢", "严", "嚴", "覃", "武",
            "戴", "莫", "孔", "向", "汤", "湯", "常", "温", "溫", "康", "施", "文", "牛", "樊", "葛", "邢", "安", "齐", "齊", "易",
            "乔", "喬", "伍", "庞", "龐", "颜", "顏", "倪", "庄", "莊", "聂", "聶", "章", "鲁", "魯", "岳", "翟", "殷", "詹", "申",
            "欧", "歐", "耿", "关", "關", "兰", "蘭", "焦", "俞", "左", "柳", "甘", "祝", "包", "宁", "寧", "尚", "符", "舒", "阮",
            "柯", "纪", "紀", "梅", "童", "凌", "毕", "畢", "单", "單", "季", "裴", "霍", "涂", "成", "苗", "谷", "盛", "曲", "翁",
            "冉", "骆", "駱", "蓝", "藍", "路", "游", "辛", "靳", "管", "柴", "蒙", "鲍", "鮑", "华", "華", "喻", "祁", "蒲", "房",
            "滕", "屈", "饶", "饒", "解", "牟", "艾", "尤", "阳", "陽", "时", "時", "穆", "农", "農", "司", "卓", "古", "吉", "缪",
            "繆", "简", "簡", "车", "車", "项", "項", "连", "連", "芦", "蘆", "麦", "麥", "褚", "娄", "婁", "窦", "竇", "戚", "岑",
            "景", "党", "黨", "宫", "宮", "费", "費", "卜", "冷", "晏", "席", "卫", "衛", "米", "柏", "宗", "瞿", "桂", "全", "佟",
            "应", "應", "臧", "闵", "閔", "苟", "邬", "鄔", "边", "邊", "卞", "姬", "师", "師", "和", "仇", "栾", "欒", "隋", "商",
            "刁", "沙", "荣", "榮", "巫", "寇", "桑", "郎", "甄", "丛", "叢", "仲", "虞", "敖", "巩", "鞏", "明", "佘", "池", "查",
            "麻", "苑", "迟", "遲", "邝", "鄺", "官", "封", "谈", "談", "匡", "鞠", "惠", "荆", "荊", "乐", "樂", "冀", "郁", "胥",
            "南", "班", "储", "儲", "原", "栗", "燕", "楚", "鄢", "劳", "勞", "谌", "諶", "奚", "皮", "粟", "冼", "蔺", "藺", "楼",
            "樓", "盘", "盤", "满", "滿", "闻", "聞", "位", "厉", "厲", "伊", "仝", "区", "區", "郜", "海", "阚", "闞", "花", "权",
            "權", "强", "強", "帅", "帥", "屠", "豆", "朴", "盖", "蓋", "练", "練", "廉", "禹", "井", "祖", "漆", "巴", "丰", "豐",
            "支", "卿", "国", "國", "狄", "平", "计", "計", "索", "宣", "晋", "晉", "相", "初", "门", "門", "云", "雲", "容", "敬",
            "来", "來", "扈", "晁", "芮", "都", "普", "阙", "闕", "浦", "戈", "伏", "鹿", "薄", "邸", "雍", "辜", "羊", "阿", "乌",
            "烏", "母", "裘", "亓", "修", "邰", "赫", "杭", "况", "況", "那", "宿", "鲜", "鮮", "印", "逯", "隆", "茹", "诸", "諸",
            "战", "戰", "慕", "危", "玉", "银", "銀", "亢", "嵇", "公", "哈", "湛", "宾", "賓", "戎", "勾", "茅", "利", "於", "呼",
            "居", "揭", "干", "但", "尉", "冶", "斯", "元", "束", "檀", "衣", "信", "展", "阴", "陰", "昝", "智", "幸", "奉", "植",
            "衡", "富", "尧", "堯", "闭", "閉", "由", "刀", "岩", "玉", "召", "依");

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
