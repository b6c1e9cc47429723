package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.normalize.Notes.lines;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each set-aside rule: what it takes out of a note, and what it leaves. */
class SetAsideRulesTest {

    private static List<String> reasons(SetAsideRule rule, String text) {
        return rule.find(lines(text)).stream().map(SetAsideRule.Aside::reason).toList();
    }

    private static List<Integer> setAside(SetAsideRule rule, String text) {
        return rule.find(lines(text)).stream()
                .flatMap(a -> java.util.stream.IntStream.range(a.from(), a.to()).boxed())
                .toList();
    }

    @Test
    void quotedMailSetsAsideQuotedLinesAndTheWroteLine() {
        String note =
                "Notes below.\n\nOn Mon, 3 Jun 2024, Ana Lima <a@x.example> wrote:\n> the old date 1 June 2024\n> more";
        assertThat(setAside(new QuotedMail(), note)).containsExactly(2, 3, 4);
    }

    @Test
    void quotedMailLeavesAMarkdownPullQuoteWithItsAttributionAlone() {
        assertThat(setAside(new QuotedMail(), "> “Meters come first.”\n>\n> — Dr. Aminu Bello, Kano Basin Authority"))
                .isEmpty();
        assertThat(setAside(new QuotedMail(), "> could you send me the speakers\n> Thanks!\n> — Tom"))
                .containsExactly(0, 1, 2);
    }

    @Test
    void quotedMailSetsAsideEverythingAfterAnOriginalMessage() {
        assertThat(setAside(new QuotedMail(), "New text\n-----Original Message-----\nFrom: a\nold text"))
                .containsExactly(1, 2, 3);
    }

    @Test
    void forwardedHeaderSetsAsideTheMarkerAndTheHeaderBlock() {
        String note = "FYI\n---------- Forwarded message ---------\nFrom: Ana <a@x.example>\nDate: Tue, 20 Jun 2024\n"
                + "Subject: Forum notes\nTo: desk@x.example\n\nOn 12 June 2024 the forum was held.";
        assertThat(setAside(new ForwardedHeader(), note)).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void forwardedHeaderLeavesAnEventsOwnDateLabelAlone() {
        assertThat(setAside(new ForwardedHeader(), "Event: Forum\nDate: 12 June 2024\nVenue: Hall 3"))
                .isEmpty();
    }

    @Test
    void pageChromeSetsAsideNavigationMenusAndPostingLines() {
        String note = "Skip to content\nHome › News › Events\nHome | About | News | Contact\nPosted: 2024-06-20\n"
                + "The Harbour Forum opened on June 12 in Portville.";
        assertThat(reasons(new PageChrome(), note))
                .containsExactly("page chrome", "page chrome", "page chrome", "posting line");
    }

    @Test
    void pageChromeLeavesARunOnHeaderWithADateAlone() {
        assertThat(setAside(new PageChrome(), "Harbour Forum | 12 June 2024 | Portville"))
                .isEmpty();
    }

    @Test
    void pageChromeLeavesASpeakerHeaderWithBarsAlone() {
        assertThat(setAside(new PageChrome(), "Ms. Lena Vogt | Planner | Portville Council"))
                .isEmpty();
    }

    @Test
    void signatureSetsAsideFromTheDashesToTheEndAboveAQuotedMail() {
        List<String> note = List.of(
                "- Ms. Chiara Bianchi (Olive Network): replanting takes ten years.",
                "",
                "--",
                "Lucia Romero · Communications · Living Soils",
                "Calle Example 4 · l.romero@soils.example",
                "",
                "On Mon, 14 Apr 2025 at 09:30, Tom Ashby <editor@newsletter.example> wrote:",
                "> could you send me the speakers",
                "> Thanks!");
        assertThat(setAside(new Signature(), String.join("\n", note))).containsExactly(2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void signatureLeavesADashedSeparatorBeforeMoreNotesAlone() {
        List<String> note = new java.util.ArrayList<>(List.of("--"));
        for (int i = 0; i < 10; i++) {
            note.add("Dr. Speaker " + i + ", Engineer, Port Authority, said the quay was raised by a metre last year.");
        }
        assertThat(setAside(new Signature(), String.join("\n", note))).isEmpty();
    }

    @Test
    void mastheadSetsAsideTheNewsletterNameIssueLabelAndIssueDate() {
        String note = "Harbour Cities Newsletter\nIssue 3, 2024\nJune 30 2024\n\nPorts pledge to share flood data\n\n"
                + "On June 12, 2024, the Port Cities Climate Summit was held in Portville.";
        assertThat(setAside(new Masthead(), note)).containsExactlyInAnyOrder(0, 1, 2);
    }

    @Test
    void footerSetsAsideFromContactUsToTheEnd() {
        String note =
                "Ms. Anna Berg said that reefs matter.\n\nContact Us\nHarbour Cities Secretariat\nAddress: 1 Quay Road";
        assertThat(setAside(new Footer(), note)).containsExactly(2, 3, 4);
    }

    @Test
    void footerLeavesAContactHeadingFarFromTheEndAlone() {
        StringBuilder note = new StringBuilder("Contact\n");
        for (int i = 0; i < 20; i++) {
            note.append("Line ").append(i).append(" of the notes.\n");
        }
        assertThat(setAside(new Footer(), note.toString())).isEmpty();
    }

    @Test
    void photoCaptionSetsAsideACaptionOfThePersonJustReported() {
        String note =
                "Anna Berg, Director of Blue Coast Foundation, said that reefs protect the harbour from the worst storms every year.\n"
                        + "Anna Berg, Director of Blue Coast Foundation\n"
                        + "Photo: the panel on stage";
        assertThat(setAside(new PhotoCaption(), note)).containsExactly(1, 2);
    }

    @Test
    void photoCaptionLeavesASpeakerHeaderAlone() {
        assertThat(setAside(
                        new PhotoCaption(),
                        "Event: Forum\n\nAnna Berg, Director, Blue Coast Foundation\nReefs matter."))
                .isEmpty();
    }

    @Test
    void markdownNotesSetAsideFootnotesAndLinkReferences() {
        String note = "Text with a note[^1] and a [link][ref].\n\n[^1]: Source, 2024.\n[ref]: https://x.example/page";
        assertThat(reasons(new MarkdownNotes(), note)).containsExactly("footnote", "link reference");
    }

    @Test
    void rosterTableSetsAsideTheHeaderRowAndItsRows() {
        String note =
                "Speakers\n\nName: Role: Organisation\nMs. Farida Haidari: Director: Meridian Capital\nDr. Ravi Ramgoolam: : Mascarene Climate Services\n\nWhat they said";
        assertThat(setAside(new RosterTable(), note)).containsExactly(2, 3, 4);
    }

    @Test
    void attendanceListGoesOnOverALineWrappedAfterAnHonorific() {
        assertThat(setAside(
                        new AttendanceList(),
                        "Present: Mr. Levan Beridze, Chair (Batumi Water); Ms. Irina Popescu, Constanta Regional\n"
                                + "Water Company; Dr. Olga Smirnova, Technical Director, Azov Water; Mr.\n"
                                + "Stefan Ivanov, Varna Water Supply; Ms. Nino Kapanadze, Secretariat (minutes)\n"
                                + "\n"
                                + "Item 1 - Opening\n"
                                + "The Chair opened the meeting."))
                .containsExactly(0, 1, 2);
    }

    @Test
    void attendanceListSetsAsideWhoWasPresent() {
        String note =
                "Present:\n\nDr. Chanthavong Saysana (Chair)\n\nMr. Sok Vuthy (Fisheries Administration, Cambodia)\n\n"
                        + "Apologies: Dr. Kim Sreymom (Inland Fisheries Institute)\n\n## Item 1\n\nThe Chair opened the meeting.";
        assertThat(reasons(new AttendanceList(), note)).containsExactly("attendance list");
        assertThat(setAside(new AttendanceList(), note)).containsExactly(0, 1, 2, 3, 4, 5, 6);
    }
}
