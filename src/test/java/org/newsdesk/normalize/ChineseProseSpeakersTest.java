package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.normalize.Notes.lines;
import static org.newsdesk.normalize.Notes.note;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Warning;

class ChineseProseSpeakersTest {

    private final ChineseProseSpeakers rule = new ChineseProseSpeakers();

    @Test
    void readsTheSpeakerAfterAnOrdinalAndRemovesTheAttribution() {
        SpeakerMatch m = rule.match(lines("一、景洪市农村能源服务站站长刀建华先生表示，沼气和太阳能热水器已经覆盖全市七成农户。"), 0)
                .orElseThrow();
        assertThat(m.people()).containsExactly(new Person("刀建华", "Mr.", "站长", "景洪市农村能源服务站"));
        assertThat(m.inlineStatement()).isEqualTo("沼气和太阳能热水器已经覆盖全市七成农户。");
    }

    @Test
    void readsOtherOrdinalsFramesAndVerbs() {
        assertThat(rule.match(lines("（二）来自泰国清莱社区林业网络的苏帕妮·通猜女士介绍，清莱已有四十多个村庄。"), 0)
                        .orElseThrow()
                        .people())
                .containsExactly(new Person("苏帕妮·通猜", "Ms.", null, "泰国清莱社区林业网络"));
        assertThat(rule.match(lines("3. 会上，云南大学副教授李晓燕在发言中还强调：要从能源做起。"), 0)
                        .orElseThrow()
                        .people())
                .containsExactly(new Person("李晓燕", null, "副教授", "云南大学"));
        assertThat(rule.match(lines("香港大學地理系陳志明博士認為，海平面上升的速度在加快。"), 0)
                        .orElseThrow()
                        .people())
                .containsExactly(new Person("陳志明", "Dr.", "地理系", "香港大學"));
    }

    @Test
    void takesTheStatementFromTheNextParagraphsAfterAColon() {
        SpeakerMatch m = rule.match(lines("二、澜湄乡村绿色发展中心项目官员陈静女士指出：\n\nVillage energy plans need a budget line."), 0)
                .orElseThrow();
        assertThat(m.inlineStatement()).isNull();
        assertThat(m.next()).isEqualTo(1);
    }

    @Test
    void aNameInsideAnotherSpeakersWordsIsNoNewSpeaker() {
        assertThat(rule.match(lines("正如刀建华站长所说，先从能源和化肥两项做起。"), 0)).isEmpty();
        List<String> lines = lines("她建议建立村级碳排放台账，正如刀建华站长所说，先从能源做起。");
        assertThat(rule.match(lines, 0)).isEmpty();
    }

    @Test
    void readsNoSpeakerInASentenceAboutTheMeetingAPronounOrJuJieShao() {
        assertThat(rule.match(lines("会议认为，澜湄国家应加强农村能源合作。"), 0)).isEmpty();
        assertThat(rule.match(lines("他还指出，示范村将在明年建成。"), 0)).isEmpty();
        assertThat(rule.match(lines("据介绍，本次论坛共有来自六个国家的120名代表参加。"), 0)).isEmpty();
        assertThat(rule.match(lines("據介紹，本次論壇共有120名代表參加。"), 0)).isEmpty();
        assertThat(rule.match(lines("与会代表一致认为，应建立案例库。"), 0)).isEmpty();
    }

    @Test
    void readsOnlyAtTheStartOfAParagraph() {
        assertThat(rule.match(lines("会议概况：约60人参加。\n景洪市农村能源服务站站长刀建华先生表示，沼气已经覆盖七成农户。"), 1))
                .isEmpty();
    }

    @Test
    void aCertainReadingGoesOutAndAGuessIsHeldNamingTheSpeaker() {
        NoteNormalizer normalizer = new NoteNormalizer();
        Item sure =
                normalizer.normalize(note("活动：澜湄低碳乡村交流会\n时间：2024年10月17日\n\n" + "一、景洪市农村能源服务站站长刀建华先生表示，沼气已经覆盖全市七成农户。"));
        assertThat(sure.speakers()).hasSize(1);
        assertThat(sure.warnings()).extracting(Warning::code).doesNotContain("speaker-uncertain");
        // no job title, no organisation ending: where the name starts is a guess
        Item guess = normalizer.normalize(note("活动：澜湄低碳乡村交流会\n时间：2024年10月17日\n\n" + "一、勐海县茶农张建国表示，合作社今年的收入增加了三成。"));
        assertThat(guess.speakers()).extracting(s -> s.name()).containsExactly("张建国");
        assertThat(guess.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("speaker-uncertain");
            assertThat(w.field()).isEqualTo("speakers[0].name");
        });
    }

    @Test
    void theModeratorIsNoSpeaker() {
        Item item = new NoteNormalizer()
                .normalize(note("活动：澜湄低碳乡村交流会\n时间：2024年10月17日\n\n"
                        + "主持人王磊表示，本次座谈会聚焦农村清洁能源。\n\n"
                        + "景洪市农村能源服务站站长刀建华先生表示，沼气已经覆盖全市七成农户。"));
        assertThat(item.speakers()).extracting(s -> s.name()).containsExactly("刀建华");
    }
}
