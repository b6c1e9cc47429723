package org.newsdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EditorTokenTest {

    @Test
    void theConfiguredBearerTokenPasses() {
        new EditorToken("s3cret").check("Bearer s3cret");
        new EditorToken("s3cret").check("bearer  s3cret ");
    }

    @Test
    void aMissingWrongOrUnconfiguredTokenIsRefusedWithItsStatus() {
        assertThatThrownBy(() -> new EditorToken("s3cret").check(null))
                .extracting(e -> ((EditorRefusedException) e).status())
                .isEqualTo(401);
        assertThatThrownBy(() -> new EditorToken("s3cret").check("Basic czNjcmV0"))
                .extracting(e -> ((EditorRefusedException) e).status())
                .isEqualTo(401);
        assertThatThrownBy(() -> new EditorToken("s3cret").check("Bearer s3cre"))
                .extracting(e -> ((EditorRefusedException) e).status())
                .isEqualTo(403);
        assertThatThrownBy(() -> new EditorToken("").check("Bearer "))
                .extracting(e -> ((EditorRefusedException) e).status())
                .isEqualTo(503);
        assertThatThrownBy(() -> new EditorToken(null).check("Bearer anything"))
                .extracting(e -> ((EditorRefusedException) e).status())
                .isEqualTo(503);
    }

    @Test
    void theTokenNeverAppearsInItsDescription() {
        assertThat(new EditorToken("s3cret").toString()).doesNotContain("s3cret");
    }
}
