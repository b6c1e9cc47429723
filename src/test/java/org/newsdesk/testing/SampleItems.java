package org.newsdesk.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.NoteSource;
import org.newsdesk.domain.Speaker;

/**
 * Items equal to what the sample notes in {@code samples/notes/} contain once normalized: the LMEC
 * roundtable (notes 06 and 07) and the China-ASEAN South-South forum split over notes 01 to 05.
 * Built directly, so assembling and rendering are tested without the normalizer.
 */
public final class SampleItems {

    public static final String LMEC_TITLE =
            "Lancang-Mekong Roundtable Dialogue on Regional and Global Environmental Governance: "
                    + "Action on Climate Change and Sustainable Infrastructure Session 1: Lancang-Mekong Carbon Neutrality Initiative: "
                    + "Sharing of Innovative Energy Solutions";
    public static final LocalDate LMEC_DATE = LocalDate.of(2021, 4, 8);
    public static final String LMEC_LEAD =
            "On April 8, 2021, Session 1: Lancang-Mekong Carbon Neutrality Initiative: Sharing of "
                    + "Innovative Energy Solutions of the Lancang-Mekong Roundtable Dialogue on Regional and Global Environmental "
                    + "Governance: Action on Climate Change and Sustainable Infrastructure, one of a series of activities celebrating the "
                    + "5th anniversary of the Lancang-Mekong Cooperation (LMC), was successfully held both online and offline. Below is a "
                    + "summary of expert opinions:";

    public static final String FORUM_TITLE =
            "Forum on the Knowledge-Sharing Platform for South-South Cooperation on Climate Change";
    public static final LocalDate FORUM_DATE = LocalDate.of(2021, 9, 15);

    private SampleItems() {}

    /** Note 06: the experts' part of the LMEC roundtable, with the event's lead. */
    public static Item lmecExperts() {
        return item(
                "06-lmec-experts",
                "lmec",
                LMEC_TITLE,
                LMEC_DATE,
                LMEC_LEAD,
                List.of(
                        new Speaker(
                                "Miao Hong",
                                "Ms.",
                                "Sustainable Investment Program Director",
                                "WRI China",
                                "fully sharing China's experience in energy development over the years with other Lancang-Mekong countries "
                                        + "and promoting coordination + cooperation on regional sustainable energy projects is of great "
                                        + "significance to efficient energy use and green development in the region. Also piloting climate "
                                        + "financing and establishing a more inclusive sustainable infrastructure investment market can better "
                                        + "contribute to multi-party cooperation, energy transformation and regional green recovery."),
                        new Speaker(
                                "Sumon Sumetchoengprachya",
                                "Ms.",
                                "Director, Carbon Business Office",
                                "Thailand Greenhouse Gas Management Organization (TGO)",
                                "provinces in Thailand have developed carbon footprint reduction plans and the emission reduction target "
                                        + "has been decomposed. Local data platforms established, where local authorities enter + report data "
                                        + "on GHG emissions and reductions -> general report on GHG emissions in Thailand."),
                        new Speaker(
                                "Lei Xiaomeng",
                                "Mr.",
                                "Senior Expert",
                                "China Electricity Council",
                                "the Lancang-Mekong sub-regional power cooperation mechanism is already mature, while regional power "
                                        + "systems are facing the challenge of low-carbon and renewable energy transformation."),
                        new Speaker(
                                "Hu Kehua",
                                "Mr.",
                                "Director, Sustainable Development and Cooperation Department",
                                "China Textile Information Center",
                                "China's textile industry is actively exploring ways to reduce its negative externalities - developing a "
                                        + "prediction model in view of production capacity growth and carbon emission reduction.")));
    }

    /** Note 07: Qian Zhaohui, the comments and discussions, and Li Xia's conclusion (same event). */
    public static Item lmecComments() {
        return item(
                "07-lmec-comments",
                "lmec",
                LMEC_TITLE,
                LMEC_DATE,
                null,
                List.of(
                        new Speaker(
                                "Qian Zhaohui",
                                "Mr.",
                                null,
                                "Lancang-Mekong Environmental Cooperation Center (LMEC)",
                                "The Lancang-Mekong Knowledge Sharing Platform for Low-carbon and Sustainable Infrastructure, a key project "
                                        + "of the LMEC, will develop into an open knowledge sharing platform."),
                        new Speaker(
                                "Sounadeth Soukchaleun",
                                "Mr.",
                                "Deputy Director for Planning and Finance",
                                "Ministry of Natural Resources and Environment, Lao PDR",
                                "The LMEC is a good platform promoting regional environmental cooperation."),
                        new Speaker(
                                "Ma Dingping",
                                "Mr.",
                                "Secretary General",
                                "Chongqing Renewable Energy Society",
                                "A combination of energy conservation measures and renewable energy uses is an important direction "
                                        + "towards which industrial parks will develop."),
                        new Speaker(
                                "Li Xia",
                                "Ms.",
                                "Director",
                                "LMEC",
                                "Ensuring energy efficiency and accessibility in the Lancang-Mekong sub-region by financial means should be "
                                        + "an important direction of the regional response to climate change.")));
    }

    /** The forum's five notes in order; note 01 titles it "Experts' Viewpoints at the Forum on ...". */
    public static List<Item> forumParts() {
        String[][][] parts = {
            {
                {
                    "Chen Zhihua",
                    "Director of the Department of Climate Change",
                    "Ministry of Ecology and Environment",
                    "As a responsible major country, China has always proactively assumed its responsibilities."
                },
                {
                    "Zhou Jun",
                    "Director of the Department of International Cooperation",
                    "Ministry of Ecology and Environment",
                    "Under the framework of China-ASEAN, Lancang-Mekong, and Sino-African mechanisms, China has cooperated."
                },
                {
                    "Yu Xin",
                    "Project Director",
                    "WWF",
                    "The relevant WWF teams are carrying out research and practical work."
                },
                {
                    "Wang Qian",
                    "Project Planning Director",
                    "UNEP Beijing Office",
                    "The Platform emphasizes areas from information exchange to knowledge sharing."
                }
            },
            {
                {
                    "Zhang Yan",
                    "Partnership Expert",
                    "UNICEF Representative Office in China",
                    "The Platform is an \"open, inclusive, innovative and pragmatic\" platform."
                },
                {
                    "Zhang Jing",
                    "Senior Project Director",
                    "Greenpeace",
                    "Greenpeace pays great attention to the adjustment of low-carbon energy mix."
                },
                {
                    "Dimitri de Boer",
                    "Chief Representative",
                    "ClientEarth",
                    "China's overseas power investment has made important contributions."
                },
                {
                    "Li Nan",
                    "Project Director",
                    "WWF Beijing Representative Office",
                    "The Platform can effectively promote the efficient interaction."
                }
            },
            {
                {
                    "Liu Hongming",
                    "Senior Director of Global Climate Change Action",
                    "Environmental Defense Fund",
                    "Current work of the Environmental Defense Fund focuses on carbon emissions trading."
                },
                {
                    "Liu Qiang",
                    "Project Director of the China Office",
                    "Children's Investment Fund Foundation",
                    "The Platform focuses on a wide range of areas."
                },
                {
                    "Li Ai",
                    "Senior Project Officer",
                    "Ford Foundation",
                    "Key focus areas of the Platform are generally in line with our work."
                },
                {
                    "Miao Hong",
                    "Director of the Sustainable Investment Department",
                    "World Resources Institute",
                    "The recent focus of the World Resources Institute is sustainable infrastructure."
                }
            },
            {
                {
                    "Zhou Shuang",
                    "China Communications and Engagement Manager",
                    "C40 Cities Climate Leadership Group",
                    "As an international urban joint organization concerned with climate change, C40 supports the Platform."
                },
                {
                    "Duan Kai",
                    "Senior Manager, Climate and Energy Project",
                    "Natural Resources Defense Council",
                    "The Platform comprehensively covers the relevant content."
                },
                {
                    "Hao Yihan",
                    "Director",
                    "Rocky Mountain Institute",
                    "Rocky Mountain Institute (RMI) is mainly committed to energy transition."
                },
                {
                    "Xu Xin",
                    "Senior Manager of External Affairs",
                    "The Nature Conservancy",
                    "In the process of building the Platform, nature matters."
                }
            },
            {
                {
                    "Kang Aili",
                    "Director of Regional Strategy",
                    "Wildlife Conservation Society",
                    "Green finance has played a key role."
                },
                {
                    "Kevin May",
                    "Programme and Research Manager",
                    "OXFAM Hong Kong",
                    "In responding to and adapting to climate change, communities matter."
                },
                {
                    "Huang Zhen",
                    "Project Director",
                    "The Asia Foundation",
                    "The relevant framework arrangements are in place."
                },
                {"Teng Yue", "Government Affairs Officer", "UNDP", "The key areas of the Platform are highly relevant."}
            }
        };
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            List<Speaker> speakers = new ArrayList<>();
            for (String[] s : parts[i]) {
                speakers.add(new Speaker(s[0], null, s[1], s[2], s[3]));
            }
            String title = i == 0 ? "Experts' Viewpoints at the " + FORUM_TITLE : FORUM_TITLE;
            items.add(item(
                    String.format("0%d-forum-part%d", i + 1, i + 1), "china-asean", title, FORUM_DATE, null, speakers));
        }
        return items;
    }

    public static Item item(
            String id, String publication, String title, LocalDate date, String lead, List<Speaker> speakers) {
        return new Item(
                Item.SCHEMA,
                id,
                publication,
                title,
                date,
                "hybrid",
                null,
                List.of(),
                lead,
                speakers,
                new NoteSource(id + ".txt", sha(id), Instant.parse("2021-04-09T00:05:41Z"), "inbox"),
                List.of());
    }

    /** A small item with a unique id, for tests that need many. */
    public static Item anyItem(String publication, String title, Speaker... speakers) {
        String id = UUID.randomUUID().toString();
        return new Item(
                Item.SCHEMA,
                id,
                publication,
                title,
                LMEC_DATE,
                "online",
                null,
                List.of(),
                null,
                List.of(speakers),
                new NoteSource(id + ".txt", sha(id), Instant.now(), "inbox"),
                List.of());
    }

    private static String sha(String seed) {
        StringBuilder hex = new StringBuilder();
        while (hex.length() < 64) {
            hex.append(Integer.toHexString(Math.abs((seed + hex.length()).hashCode())));
        }
        return hex.substring(0, 64);
    }
}
