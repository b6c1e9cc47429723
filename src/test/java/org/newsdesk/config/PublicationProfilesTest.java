package org.newsdesk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.domain.Publication;

class PublicationProfilesTest {

    private final PublicationProfiles shipped = PublicationProfiles.load(Path.of("config/publications"));

    @Test
    void readsTheBilingualMastheadAndTheIssueLabel() {
        Publication lmec = shipped.get("lmec");
        assertThat(lmec.mastheadZh()).isEqualTo("澜沧江-湄公河环境合作中心");
        assertThat(lmec.mastheadEn()).isEqualTo("Lancang-Mekong Environmental Cooperation Center");
        assertThat(lmec.labelFor(6, 2021)).isEqualTo("Issue 6, 2021");
        assertThat(lmec.proseStyle()).isTrue();
        assertThat(shipped.get("china-asean").proseStyle()).isFalse();
    }

    @Test
    void keepsTheContactBlockExactlyAsPublished() {
        assertThat(shipped.get("lmec").contactVerbatim())
                .contains("E-mail: tang.huaqing@fecomee.org.cn\nli.xia@fecomee.org.cn\n"
                        + "Web: <http://www.lmec.org.cn>\nWeChat ID: lancang-mekongcec");
        assertThat(shipped.get("china-asean").contactVerbatim()).contains("Postal Code:100035 Tel: +86-010-82268221");
    }

    @Test
    void aPublicationWithoutChineseMastheadHasNone() {
        assertThat(shipped.get("china-asean").mastheadZh()).isNull();
        assertThat(shipped.get("china-asean").about()).isNull();
    }

    @Test
    void readsTheScheduleAndTimeZone() {
        assertThat(shipped.get("lmec").schedule()).isEqualTo("0 0 9 ? * FRI");
        assertThat(shipped.get("lmec").timeZone()).isEqualTo("Asia/Shanghai");
    }

    @Test
    void namesTheFileAndFieldWhenAProfileIsIncomplete(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.yaml"), "id: broken\nname: Broken\n");
        assertThatThrownBy(() -> PublicationProfiles.load(dir))
                .hasMessageContaining("broken.yaml")
                .hasMessageContaining("from_address");
    }

    @Test
    void anUnknownPublicationIsExplainedWithTheKnownOnes() {
        assertThatThrownBy(() -> shipped.get("nope"))
                .hasMessageContaining("china-asean")
                .hasMessageContaining("lmec");
    }

    @Test
    void readsTheHouseStyleGlossaryInTheProfilesOrder() {
        Publication.HouseStyle style = shipped.get("china-asean").houseStyle();
        assertThat(style.defaultVerb()).isEqualTo("noted");
        assertThat(style.glossary())
                .startsWith(
                        new Publication.GlossaryEntry("intl", "international"),
                        new Publication.GlossaryEntry("S-S", "South-South"),
                        new Publication.GlossaryEntry("->", "to"),
                        new Publication.GlossaryEntry(" & ", " and "));
    }

    @Test
    void aProfileWithoutHouseStyleHasNoGlossaryAndNotesByDefault(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("plain.yaml"), "id: plain\nname: Plain\nfrom_address: a@b.example\n");
        Publication plain = PublicationProfiles.load(dir).get("plain");
        assertThat(plain.houseStyle().glossary()).isEmpty();
        assertThat(plain.houseStyle().defaultVerb()).isEqualTo("noted");
    }

    @Test
    void aGlossaryTermWithoutReplacementNamesTheTerm(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("bad.yaml"),
                "id: bad\nname: Bad\nfrom_address: a@b.example\nhouse_style:\n  glossary:\n    intl:\n");
        assertThatThrownBy(() -> PublicationProfiles.load(dir))
                .hasMessageContaining("bad.yaml")
                .hasMessageContaining("'intl'");
    }
}
