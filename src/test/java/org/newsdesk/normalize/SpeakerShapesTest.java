package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.normalize.Notes.lines;
import static org.newsdesk.normalize.Notes.note;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Speaker;

/** The speaker layouts added for notes read wrongly before: each rule on the shape it reads. */
class SpeakerShapesTest {

    private final NoteNormalizer normalizer = new NoteNormalizer();

    private List<String> speakers(String text) {
        Item item = normalizer.normalize(note(text, "lmec", null));
        return item.speakers().stream().map(SpeakerShapesTest::describe).toList();
    }

    private static String describe(Speaker s) {
        return (s.honorific() == null ? "" : s.honorific() + " ") + s.name() + " | " + s.role() + " | "
                + s.organization() + " | " + s.statement().split("\\s+")[0];
    }

    @Test
    void personLineEndsTheNameAtTheFamilyNameWrittenInCapitals() {
        assertThat(PersonLine.read("PARK Jiwoo Harbour Research Institute")).hasValueSatisfying(r -> {
            assertThat(r.names()).containsExactly("PARK Jiwoo");
            assertThat(r.details()).isEqualTo("Harbour Research Institute");
        });
        assertThat(PersonLine.read("Anna BERG & Ravi SINGH Blue Coast Foundation"))
                .hasValueSatisfying(r -> {
                    assertThat(r.names()).containsExactly("Anna BERG", "Ravi SINGH");
                    assertThat(r.details()).isEqualTo("Blue Coast Foundation");
                });
        assertThat(PersonLine.read("Siti AMINAH binti Yusof"))
                .hasValueSatisfying(r -> assertThat(r.names()).containsExactly("Siti AMINAH binti Yusof"));
        assertThat(PersonLine.read("Mr. TAN Wei Ming, Director, Mangrove Action Project"))
                .hasValueSatisfying(r -> {
                    assertThat(r.names()).containsExactly("Mr. TAN Wei Ming");
                    assertThat(r.details()).isEqualTo("Director, Mangrove Action Project");
                });
    }

    @Test
    void personLineReadsFullWidthBracketsAndMarkedOffNames() {
        assertThat(PersonLine.read("WANG Li（Blue Coast Institute）")).hasValueSatisfying(r -> {
            assertThat(r.names()).containsExactly("WANG Li");
            assertThat(r.details()).isEqualTo("Blue Coast Institute");
        });
        assertThat(PersonLine.read("Siobhán Ní Bhriain (Data Policy Officer, Celtic Seas and Rivers Agency)"))
                .hasValueSatisfying(
                        r -> assertThat(r.details()).isEqualTo("Data Policy Officer, Celtic Seas and Rivers Agency"));
    }

    @Test
    void personLineFindsNoPersonInShoutedEventNamesOrPlainPhrases() {
        assertThat(PersonLine.read("SOUTH ASIA COMMUNITY HEAT CLINIC - notes for the June issue"))
                .isEmpty();
        assertThat(PersonLine.read("Harbour Resilience Forum 2024")).isEmpty();
        assertThat(PersonLine.read("Coming Up")).isEmpty();
        assertThat(PersonLine.read("Ports pledge to share their flood data.")).isEmpty();
    }

    @Test
    void nameThenDetailsReadsHeadersWithoutSeparatorsAndTwoNamesSharingOneStatement() {
        assertThat(speakers("""
                Event: Harbour Forum
                Date: 14 May 2024

                PARK Jiwoo Harbour Research Institute
                Ports in Korea now publish their flood maps every spring.

                Anna BERG & Ravi SINGH Blue Coast Foundation
                Reefs and mangroves together reduce wave height more than either alone.
                """))
                .containsExactly(
                        "Park Jiwoo | null | Harbour Research Institute | Ports",
                        "Anna Berg | null | Blue Coast Foundation | Reefs",
                        "Ravi Singh | null | Blue Coast Foundation | Reefs");
    }

    @Test
    void nameThenDetailsReadsANameOverItsOrganisationAndSkipsAnAsideBeforeTheWords() {
        assertThat(speakers("""
                Event: Cold Chains for Small Fisheries
                Date: 3 March 2024

                Ms. Lakshmi Narayanan
                Fisherwomen of Kanyakumari
                (joined by video link)
                Women fish vendors lose up to a fifth of their catch to spoilage on hot days.
                """)).containsExactly("Ms. Lakshmi Narayanan | null | Fisherwomen of Kanyakumari | Women");
    }

    @Test
    void introducedSpeakersReadProgrammeEntriesAndTakeaways() {
        assertThat(speakers("""
                Event: Symposium on Mangrove Restoration
                Date: 26 June 2025

                09:40 Keynote — Prof. Dilani Wickramasinghe (University of the Southern Coast): Counting blue carbon honestly

                Restoration projects increasingly promise carbon credits, yet most still measure seedling survival.

                Key takeaways from Dr. Amina Diallo (Sahel Climate Finance Observatory):
                - Less than a tenth of the adaptation finance reaches farm level.
                - Village savings groups already reach most rural households.
                """))
                .containsExactly(
                        "Prof. Dilani Wickramasinghe | null | University of the Southern Coast | Restoration",
                        "Dr. Amina Diallo | null | Sahel Climate Finance Observatory | Less");
    }

    @Test
    void tableRowsWithAColumnOfWhatWasSaidAreSpeakers() {
        assertThat(speakers("""
                活动 Event: Workshop on Blue Carbon Finance
                时间 Date: 2025年11月20日

                发言人 Speaker: 职务 Role: 单位 Organisation: 要点 Notes
                Ms. ZHAO Yuxin: Deputy Head, Blue Carbon Accounting Unit: Yellow Sea Blue Carbon Alliance: Tidal flats store carbon too.
                Ms. Nilufar Yasmin: —: Sundarbans Wetland Trust: Communities plant and guard the mangroves.
                """))
                .containsExactly(
                        "Ms. Zhao Yuxin | Deputy Head, Blue Carbon Accounting Unit | Yellow Sea Blue Carbon Alliance | Tidal",
                        "Ms. Nilufar Yasmin | null | Sundarbans Wetland Trust | Communities");
    }

    @Test
    void aRosterCompletesSpeakersNamedShortlyAndVouchesForNamesItLists() {
        assertThat(speakers("""
                Event: Dialogue on Adaptation Finance
                Date: 16 January 2025

                Name: Role: Organisation
                Ms. Farida Haidari: Director, Climate Policy, Asia-Pacific: Meridian Sustainable Capital
                Dr. Ravi Ramgoolam: : Mascarene Climate Services

                What they said

                Farida Haidari: Investors are ready to fund island adaptation, but projects arrive too small.

                Ravi Ramgoolam: Seasonal forecasts have become reliable enough to trigger insurance payouts.
                """))
                .containsExactly(
                        "Ms. Farida Haidari | Director, Climate Policy, Asia-Pacific | Meridian Sustainable Capital | Investors",
                        "Dr. Ravi Ramgoolam | null | Mascarene Climate Services | Seasonal");
    }

    @Test
    void minutesTakeDetailsFromTheAttendanceListAndSecondReferencesJoinTheirSpeaker() {
        assertThat(speakers("""
                Meeting: Seventh Meeting of the Fish Passage Working Group
                Date: 14 March 2024

                Present:
                Mr. Sok Vuthy (Fisheries Administration, Cambodia)
                Mr. Anucha Wongsuwan (Department of Fisheries, Thailand)

                ## Item 2

                Mr. Sok Vuthy reported that upstream migration peaked two weeks later than in 2023.

                ## Item 3

                Mr. Anucha noted that Thailand can share monthly catch data from its landing sites.
                """))
                .containsExactly(
                        "Mr. Sok Vuthy | null | Fisheries Administration, Cambodia | upstream",
                        "Mr. Anucha Wongsuwan | null | Department of Fisheries, Thailand | Thailand");
    }

    @Test
    void anInterviewGivesTheGuestsAnswersAndNotTheQuestions() {
        Item item = normalizer.normalize(note("""
                Event: Andean Water Funds Forum 2025
                Date: 28 August 2025
                Interviewee: Dr. Sofía Restrepo Gaviria, Scientific Director, Páramo Water Fund
                Interviewer: Li Wen (comms)

                Q: What is a water fund, in one sentence?
                A: A water fund pools money from city water users to pay upstream communities.

                Q: Where does the money come from?
                A: The city utility contributes a fixed share of every bill.
                """, "lmec", null));
        assertThat(item.speakers()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Sofía Restrepo Gaviria");
            assertThat(s.role()).isEqualTo("Scientific Director");
            assertThat(s.statement())
                    .startsWith("A water fund pools money")
                    .contains("fixed share of every bill")
                    .doesNotContain("What is a water fund");
        });
    }

    @Test
    void proseAttributionReadsFramesRolesBeforeNamesAndActionsBeforePronouns() {
        assertThat(speakers("""
                Event: Harbour Cities Forum
                Date: 12 June 2024

                In the closing session, Dr. Ravi Singh, Chief Engineer, Delta Port Authority, said that the port will raise its quay walls.

                The Deputy Mayor of Portville, Mr. Tom Reed, delivered a speech. He stressed that the city will pay for new pumps.

                Anna Berg, Director of the Reef Council (RC), opened the session by video. She said that reefs cut wave energy.

                Mr. Kofi Mensah with the Harbour Research Institute explained that sediment plans must cover the whole bay.
                """))
                .containsExactly(
                        "Dr. Ravi Singh | Chief Engineer | Delta Port Authority | the",
                        "Mr. Tom Reed | Deputy Mayor | Portville | the",
                        "Anna Berg | Director | Reef Council (RC) | reefs",
                        "Mr. Kofi Mensah | null | Harbour Research Institute | sediment");
    }

    @Test
    void aQuoteAttributedMidParagraphKeepsTheWordsAfterIt() {
        Optional<SpeakerMatch> m = new ProseAttributionSpeakers()
                .match(
                        lines(
                                "“A bond label means little unless the money is tracked,” said Ms. Aigerim Bekova, Head of Finance at the Asia Blue Economy Centre. "
                                        + "Bekova added: “The template will be open for comment.”"),
                        0);
        assertThat(m).hasValueSatisfying(s -> {
            assertThat(s.people()).extracting(Person::name).containsExactly("Aigerim Bekova");
            assertThat(s.inlineStatement())
                    .startsWith("A bond label means little")
                    .contains("The template will be open");
        });
    }

    @Test
    void proseAttributionInALaterSentenceAfterASemicolonOrAFramingClause() {
        assertThat(speakers("""
                Event: Offshore Wind Panel
                Date: 5 June 2025

                Panelists agreed that data must be shared; Dr. Signe Halvorsen, Marine Ecologist, Nordic Sea Institute, described how reefs form on turbine foundations.

                On the second day, the discussion turned to skills. Prof. Emeka Okonkwo, Dean of Engineering at the Delta Institute, noted that port cities lack engineers.

                Asked about costs, Prof. Dr. Günter Hofmann, Chair of Hydrology at Elbe Technical University, cautioned that flood zones will widen.

                Residents then heard from Mr. Declan O'Sullivan of Friends of the Dunes, who warned that a hard wall would starve the dunes of sand.
                """))
                .containsExactly(
                        "Dr. Signe Halvorsen | Marine Ecologist | Nordic Sea Institute | reefs",
                        "Prof. Emeka Okonkwo | Dean of Engineering | Delta Institute | port",
                        "Prof. Günter Hofmann | Chair of Hydrology | Elbe Technical University | flood",
                        "Mr. Declan O'Sullivan | null | Friends of the Dunes | a");
    }

    @Test
    void anInterviewIntroducedInASentenceGivesTheGuestNamedTurns() {
        Item item = normalizer.normalize(note("""
                Event: Pacific Ocean Acidification Monitoring Symposium
                Date: Friday 7 November 2025

                Ms. Hana Kobayashi of our communications team spoke with Mr. Tevita Havili, Lead Sensor Technician at the Oceania Carbonate Chemistry Network, during a break in the symposium.

                Hana Kobayashi: Why do small islands need their own sensors?

                Tevita Havili: Global models are too coarse to show what happens on a single reef flat.

                Hana Kobayashi: What has been the hardest part?

                Tevita Havili: Keeping the sensors clean is the hardest part.
                """, "lmec", null));
        assertThat(item.speakers()).singleElement().satisfies(s -> {
            assertThat(describe(s))
                    .isEqualTo(
                            "Mr. Tevita Havili | Lead Sensor Technician | Oceania Carbonate Chemistry Network | Global");
            assertThat(s.statement()).contains("Keeping the sensors clean").doesNotContain("Why do small islands");
        });
    }

    @Test
    void aListItemHeaderWithItsWordsIndentedUnderItIsASpeaker() {
        assertThat(speakers("""
                        Webinar: Dengue and Early Warning
                        When: Thursday 19 June 2025, on Zoom

                        * Dr. Long Nguyen, Head of Surveillance, Southern Institute of Tropical Medicine
                          - their model flags outbreaks about eight weeks ahead in the city
                          - it caught 7 of the last 9 outbreaks

                        * Mr. Rafael Dela Cruz - Philippine Barangay Health Workers Federation
                          - volunteers are the ones who empty the water containers
                          - asked for alerts in Tagalog and Cebuano
                        """))
                .containsExactly(
                        "Dr. Long Nguyen | Head of Surveillance | Southern Institute of Tropical Medicine | their",
                        "Mr. Rafael Dela Cruz | null | Philippine Barangay Health Workers Federation | volunteers");
    }

    @Test
    void aListItemReportingSomeoneIsASpeakerAndTheNextNumberedSectionEndsTheWords() {
        assertThat(speakers("""
                        Mission: Regional Workshop on Drought Early Warning
                        Date: 10 June 2025

                        2. Key interventions
                        - Mr. Batbayar Dorj (Mongolian Meteorological Agency) presented the new bulletin, which reaches herders by SMS.
                        - Prof. Li Wenjun of Lanzhou University said that drought indices must be checked on the ground.

                        3. Follow-up
                        Next meeting: Almaty, 2026.
                        """))
                .containsExactly(
                        "Mr. Batbayar Dorj | null | Mongolian Meteorological Agency | the",
                        "Prof. Li Wenjun | null | Lanzhou University | drought");
        Item item = normalizer.normalize(note("""
                        Event: Regional Workshop on Drought Early Warning
                        Date: 10 June 2025

                        - Prof. Li Wenjun of Lanzhou University said that drought indices must be checked on the ground.

                        3. Follow-up
                        Next meeting: Almaty, 2026.
                        """, "lmec", null));
        assertThat(item.speakers().get(0).statement()).doesNotContain("Follow-up");
    }

    @Test
    void anInterviewWithTwoGuestsGivesEachTheirOwnAnswers() {
        assertThat(speakers("""
                        Reservoir Solar Forum, held in Colombo on 21 January 2026

                        Interview by Kenji Watanabe. We spoke to Ms. Tharani Selvaraj, Head of Renewable Projects at the Lanka Reservoir Authority, and Dr. Farhana Rahman, Senior Fellow at the Dhaka Energy Policy Institute.

                        ## Why put solar panels on reservoirs at all?

                        Tharani Selvaraj: Because in Sri Lanka land is the scarcest thing we have.

                        Farhana Rahman: In Bangladesh the argument is different: our reservoirs are few.

                        ## What worries the communities most?

                        Farhana Rahman: Fishers fear they will lose access, and they are right to ask.

                        Tharani Selvaraj: We agreed that no more than a tenth of the water would be covered.
                        """))
                .containsExactly(
                        "Ms. Tharani Selvaraj | Head of Renewable Projects | Lanka Reservoir Authority | Because",
                        "Dr. Farhana Rahman | Senior Fellow | Dhaka Energy Policy Institute | In");
    }

    @Test
    void aPullQuoteWithTheAttributionAfterItIsASpeakerAndWhatFollowsIsNobodys() {
        Item item = normalizer.normalize(note("""
                        ## Sahel Solar Irrigation Learning Day

                        Online, Thursday 19 March 2026

                        > “Cheap solar pumping is the best thing that has happened to farmers in a generation.
                        >
                        > We need meters on every pump sold with a subsidy.”
                        >
                        > — Dr. Aminu Bello, Groundwater Specialist, Kano River Basin Authority

                        > “Solar irrigation only works when someone repairs the controllers.”
                        >
                        > — Ms. Salma El Amrani, Energy Access Officer, Atlas Rural Electrification Agency

                        The recording and the slides are on the learning day page.
                        """, "lmec", null));
        assertThat(item.speakers().stream().map(SpeakerShapesTest::describe))
                .containsExactly(
                        "Dr. Aminu Bello | Groundwater Specialist | Kano River Basin Authority | Cheap",
                        "Ms. Salma El Amrani | Energy Access Officer | Atlas Rural Electrification Agency | Solar");
        assertThat(item.speakers().get(0).statement())
                .contains("We need meters")
                .doesNotContain("”");
        assertThat(item.speakers().get(1).statement()).doesNotContain("recording");
    }
}
