package org.newsdesk.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.newsdesk.read.TestNotes.file;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.NoteRejectedException;
import org.newsdesk.domain.ReadLimits;
import org.newsdesk.normalize.NoteNormalizer;

/** Hostile notes that only bite once their text is interpreted: read, then normalized, end to end. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ReadThenNormalizeTest {

    private final NoteReader reader = new NoteReader(new ReadLimits(20L << 20, 20_000_000, 50L << 20, 200, 20));
    private final NoteNormalizer normalizer = new NoteNormalizer();

    /** An item, or a refusal with a code; anything else (a parser's own exception, a hang) is a failure. */
    private Object outcome(String name, String text) {
        ReadNote note = reader.read(file(name, text)).get(0);
        Item[] item = new Item[1];
        Throwable error = catchThrowable(() -> item[0] = normalizer.normalize(note));
        if (error == null) {
            return item[0];
        }
        assertThat(error).isInstanceOf(NoteRejectedException.class);
        return error;
    }

    @Test
    void aYamlAliasBombInFrontMatterEndsWithAClearErrorOrAWarningNotAHang() {
        StringBuilder yaml = new StringBuilder(
                "---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char prev = (char) (c - 1);
            yaml.append(c)
                    .append(": &")
                    .append(c)
                    .append(" [")
                    .append(("*" + prev + ",").repeat(8))
                    .append('*')
                    .append(prev)
                    .append("]\n");
        }
        yaml.append("title: Bomb\n---\n## Zhang Yan — Expert, UNICEF\n\nStatement.\n");
        Object outcome = outcome("bomb.md", yaml.toString());
        if (outcome instanceof Item item) {
            assertThat(item.warnings()).isNotEmpty();
        }
    }

    @Test
    void aMultiMegabyteLineFinishesThroughReadAndNormalize() {
        String line = "Ms. Miao Hong, Director, WRI China, noted that " + "green finance, ".repeat(300_000);
        outcome("line.txt", "Forum\n\n" + line + "\n");
        outcome("commas.txt", "Forum\n\n" + "，".repeat(2_000_000) + "a\n");
        outcome("parens.txt", "Forum\n\n" + ")".repeat(2_000_000) + "a\n");
        outcome("digits.txt", "Forum\n\n" + "1".repeat(2_000_000) + "a\n");
        outcome("heading.md", "## " + "Zhang ".repeat(500_000) + "— Expert\n\nx\n");
    }
}
