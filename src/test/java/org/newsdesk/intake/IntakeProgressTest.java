package org.newsdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntakeProgressTest {

    private final List<String> lines = new ArrayList<>();

    @Test
    void aDropReadInSeveralBatchesIsReportedAgainstTheWholeDrop() {
        int[] waiting = {1000};
        IntakeProgress progress = new IntakeProgress(() -> waiting[0], Duration.ZERO, lines::add);
        for (int batch = 0; batch < 2; batch++) {
            waiting[0] = 1000 - batch * 500;
            for (int i = 0; i < 500; i++) {
                progress.step(i, 500);
            }
        }
        assertThat(lines).hasSize(1000);
        assertThat(lines.get(499))
                .startsWith("Reading notes: 500/1000 (50%)")
                .contains("/s, ")
                .endsWith(" left");
        assertThat(lines.get(999)).startsWith("Reading notes: 1000/1000 (100%)");
    }

    @Test
    void aFewNotesAreNotWorthAReport() {
        IntakeProgress progress = new IntakeProgress(() -> 3, Duration.ZERO, lines::add);
        for (int i = 0; i < 3; i++) {
            progress.step(i, 3);
        }
        assertThat(lines).isEmpty();
    }

    @Test
    void theNextDropStartsAFreshCount() {
        IntakeProgress progress = new IntakeProgress(() -> 30, Duration.ofHours(1), lines::add);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 30; i++) {
                progress.step(i, 30);
            }
        }
        assertThat(lines).hasSize(2).allMatch(l -> l.startsWith("Reading notes: 30/30"));
    }
}
