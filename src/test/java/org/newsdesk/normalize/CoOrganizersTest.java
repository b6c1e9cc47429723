package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.normalize.Notes.context;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.normalize.LabelledLine.Label;

/** A second organiser label (协办单位, 承办单位, "Co-organised by", "In partnership with") adds its organisers. */
class CoOrganizersTest {

    private static List<String> organizersOf(String text) {
        return new OrganizersRule().read(context(text)).value();
    }

    @Test
    void addsTheCoOrganisersOfAChineseLabelAfterTheHost() {
        assertThat(organizersOf("主办单位：澜湄乡村绿色发展中心\n协办单位：景洪市农村能源服务站；老挝北部农业研究中心"))
                .containsExactly("澜湄乡村绿色发展中心", "景洪市农村能源服务站", "老挝北部农业研究中心");
    }

    @Test
    void readsTraditionalAndUndertakingLabels() {
        assertThat(organizersOf("主辦單位：香港環境保護協會\n協辦單位：澳門生態學會、臺灣濕地學會\n承辦單位：珠海海洋研究所"))
                .containsExactly("香港環境保護協會", "澳門生態學會", "臺灣濕地學會", "珠海海洋研究所");
    }

    @Test
    void splitsAChineseListAtFullWidthAndAsciiCommas() {
        assertThat(organizersOf("主办单位：云南大学，老挝国立大学\n协办单位：中国-东盟环境合作中心,湄公河委员会秘书处"))
                .containsExactly("云南大学", "老挝国立大学", "中国-东盟环境合作中心", "湄公河委员会秘书处");
    }

    @Test
    void keepsAnAndInsideOneChineseName() {
        assertThat(organizersOf("协办单位：云南大学生态学与环境学院")).containsExactly("云南大学生态学与环境学院");
    }

    @Test
    void addsEnglishCoOrganisersAndPartners() {
        assertThat(organizersOf(
                        "Organizer: Blue Coast Institute\nCo-organised by: Harbour Foundation and Reef Watch Network\n"
                                + "In partnership with: Portville City Council"))
                .containsExactly(
                        "Blue Coast Institute", "Harbour Foundation", "Reef Watch Network", "Portville City Council");
        assertThat(organizersOf("Host: Blue Coast Institute\nCo-hosted by: Harbour Foundation"))
                .containsExactly("Blue Coast Institute", "Harbour Foundation");
    }

    @Test
    void aFunderOrSupporterIsNotAnOrganiser() {
        assertThat(LabelledLine.parse("Funded by: Green Seas Trust")
                        .orElseThrow()
                        .label())
                .isEqualTo(Label.SUPPORTER);
        assertThat(LabelledLine.parse("支持单位：绿色海洋基金会").orElseThrow().label()).isEqualTo(Label.SUPPORTER);
        assertThat(LabelledLine.parse("资助单位：绿色海洋基金会")).isEmpty();
        assertThat(LabelledLine.parse("In partnership with: LMEC").orElseThrow().label())
                .isEqualTo(Label.ORGANIZER);
    }
}
