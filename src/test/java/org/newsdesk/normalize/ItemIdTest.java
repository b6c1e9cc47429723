package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.Speaker;

class ItemIdTest {

    private static final LocalDate DAY = LocalDate.of(2021, 4, 8);

    @Test
    void ignoresCaseAndWhitespace() {
        String a = ItemId.of(
                "Roundtable",
                DAY,
                List.of(new Speaker("Li Xia", "Ms.", "Director", "LMEC", "LMEC will remain\ncommitted.")));
        String b = ItemId.of(
                "ROUNDTABLE", DAY, List.of(new Speaker("LI XIA", null, null, null, "LMEC  will remain committed.")));
        assertThat(a).isEqualTo(b).matches("itm-[0-9a-f]{16}");
    }

    @Test
    void changesWhenWhatWasSaidChanges() {
        String a = ItemId.of(
                "Roundtable", DAY, List.of(new Speaker("Li Xia", null, null, null, "LMEC will remain committed.")));
        String b = ItemId.of(
                "Roundtable", DAY, List.of(new Speaker("Li Xia", null, null, null, "LMEC will stay committed.")));
        assertThat(a).isNotEqualTo(b);
    }
}
