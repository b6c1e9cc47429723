package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChinesePersonTextTest {

    private static Person read(String who) {
        return ChinesePersonText.read(who).orElseThrow();
    }

    @Test
    void splitsOrganisationRoleNameAndHonorific() {
        assertThat(read("景洪市农村能源服务站站长刀建华先生")).isEqualTo(new Person("刀建华", "Mr.", "站长", "景洪市农村能源服务站"));
        assertThat(read("澜湄乡村绿色发展中心副主任王磊")).isEqualTo(new Person("王磊", null, "副主任", "澜湄乡村绿色发展中心"));
    }

    @Test
    void readsATransliteratedNameWithAMiddleDot() {
        assertThat(read("老挝北部农业研究中心研究员本通·西萨万先生")).isEqualTo(new Person("本通·西萨万", "Mr.", "研究员", "老挝北部农业研究中心"));
    }

    @Test
    void keepsAUniversitysSchoolWithTheRole() {
        assertThat(read("云南大学生态学与环境学院副教授李晓燕女士")).isEqualTo(new Person("李晓燕", "Ms.", "生态学与环境学院副教授", "云南大学"));
    }

    @Test
    void takesTheOrganisationFromLaiZiDe() {
        assertThat(read("来自泰国清莱社区林业网络的苏帕妮·通猜女士")).isEqualTo(new Person("苏帕妮·通猜", "Ms.", null, "泰国清莱社区林业网络"));
        assertThat(read("來自香港大學的副教授陳志明")).isEqualTo(new Person("陳志明", null, "副教授", "香港大學"));
    }

    @Test
    void readsATitleWrittenAfterTheName() {
        assertThat(read("刀建华站长")).isEqualTo(new Person("刀建华", null, "站长", null));
        assertThat(read("云南大学李晓燕副教授")).isEqualTo(new Person("李晓燕", null, "副教授", "云南大学"));
    }

    @Test
    void mapsDoctorAndProfessorAfterTheNameToTheHouseHonorifics() {
        assertThat(read("香港大學地理系陳志明博士")).isEqualTo(new Person("陳志明", "Dr.", "地理系", "香港大學"));
        assertThat(read("李晓燕教授")).isEqualTo(new Person("李晓燕", "Prof.", null, null));
    }

    @Test
    void guessesTheNameFromAFamilyNameWhenNothingMarksWhereItStarts() {
        // no job title, no organisation ending: the name is a guess and nothing else is claimed
        assertThat(read("勐海县茶农张建国")).isEqualTo(new Person("张建国", null, null, "勐海县茶农"));
    }

    @Test
    void readsNoPersonInAPronounTheMeetingOrAnOrganisation() {
        assertThat(ChinesePersonText.read("他还")).isEmpty();
        assertThat(ChinesePersonText.read("会议")).isEmpty();
        assertThat(ChinesePersonText.read("与会代表")).isEmpty();
        assertThat(ChinesePersonText.read("景洪市农村能源服务站")).isEmpty();
        assertThat(ChinesePersonText.read("云南大学")).isEmpty();
        assertThat(ChinesePersonText.read("据")).isEmpty();
    }

    @Test
    void tellsRolesAndOrganisationsByTheirEndings() {
        assertThat(ChinesePersonText.isRole("生态学与环境学院副教授")).isTrue();
        assertThat(ChinesePersonText.isOrganization("泰国清莱社区林业网络")).isTrue();
        assertThat(ChinesePersonText.isOrganization("勐海县茶农")).isFalse();
        assertThat(ChinesePersonText.isName("本通·西萨万")).isTrue();
        assertThat(ChinesePersonText.isName("研究中心")).isFalse();
    }
}
