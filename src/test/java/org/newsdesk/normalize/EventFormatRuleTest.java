package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.normalize.Notes.header;

import org.junit.jupiter.api.Test;

class EventFormatRuleTest {

    @Test
    void readsOnlineAndOfflineTogetherAsHybrid() {
        assertThat(EventFormatRule.classify("online & offline (Beijing venue)")).isEqualTo("hybrid");
        assertThat(EventFormatRule.classify("Held April 8, 2021, both online and offline"))
                .isEqualTo("hybrid");
        assertThat(EventFormatRule.classify("线上线下结合")).isEqualTo("hybrid");
    }

    @Test
    void readsOnlineAndOfflineAlone() {
        assertThat(EventFormatRule.classify("a Zoom webinar")).isEqualTo("online");
        assertThat(EventFormatRule.classify("in person at the LMEC office")).isEqualTo("offline");
        assertThat(EventFormatRule.classify("Beijing")).isNull();
    }

    @Test
    void prefersTheFormatLineToTheRestOfTheHeader() {
        assertThat(EventFormatRule.format(FrontMatter.none(""), header("We met online to plan.\nFormat: in person")))
                .isEqualTo("offline");
    }

    @Test
    void aStreamedEventIsHybridAndACallIsOnline() {
        assertThat(EventFormatRule.classify("Colombo (in person) and live-streamed for online participants"))
                .isEqualTo("hybrid");
        assertThat(EventFormatRule.classify("held in Colombo and streamed online"))
                .isEqualTo("hybrid");
        assertThat(EventFormatRule.classify("minutes of the working group's video call"))
                .isEqualTo("online");
        assertThat(EventFormatRule.classify("Hall 3, Expo Centre")).isNull();
    }
}
