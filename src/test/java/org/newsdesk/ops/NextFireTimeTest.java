package org.newsdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class NextFireTimeTest {

    @Test
    void theNextFireIsReadInThePublicationsTimeZone() {
        // Friday 09:00 in Shanghai is 01:00 UTC; from Monday 23 November 2026
        assertThat(NextFireTime.after("0 0 9 ? * FRI", "Asia/Shanghai", Instant.parse("2026-11-23T12:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-27T01:00:00Z"));
    }

    @Test
    void noScheduleHasNoNextFire() {
        assertThat(NextFireTime.after(null, "UTC", Instant.now())).isNull();
    }

    @Test
    void aBrokenCronSaysWhatIsWrong() {
        assertThatThrownBy(() -> NextFireTime.after("every friday", "UTC", Instant.now()))
                .hasMessageContaining("every friday");
    }
}
