package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void removesEmphasisTagsAndLinkTargets() {
        assertThat(Markup.strip(
                        "**Zhou Shuang** — *Manager*, <span>C40</span> see [the report](https://example.org/r)"))
                .isEqualTo("Zhou Shuang — Manager, C40 see the report");
    }

    @Test
    void keepsComparisonsAndStarsInsideText() {
        assertThat(Markup.strip("costs fell 3 * 2 < 10 percent")).isEqualTo("costs fell 3 * 2 < 10 percent");
    }

    @Test
    void removesCommentsButKeepsTextAfterAnUnclosedOne() {
        assertThat(Markup.withoutComments("a <!-- TODO check --> b")).isEqualTo("a  b");
        assertThat(Markup.withoutComments("a <!-- b")).isEqualTo("a <!-- b");
    }

    @Test
    void staysLinearOnAMegabyteLineOfOpenBrackets() {
        String hostile = "<a [b ".repeat(400_000);
        assertTimeoutPreemptively(
                Duration.ofSeconds(3), () -> assertThat(Markup.strip(hostile)).hasSize(hostile.length()));
    }

    @Test
    void aLineSetInItalicsAsAWholeLosesItsAsterisks() {
        assertThat(Markup.strip("*Online, 19 March 2026 · co-hosted by A and B*"))
                .isEqualTo("Online, 19 March 2026 · co-hosted by A and B");
        assertThat(Markup.strip("_Posted 2 May 2025_")).isEqualTo("Posted 2 May 2025");
        assertThat(Markup.strip("2 * 3 = 6 and 4 * 5")).isEqualTo("2 * 3 = 6 and 4 * 5");
    }
}
