package org.newsdesk.readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.newsdesk.deliver.UnsubscribeTokens;
import org.newsdesk.testing.SettableClock;

class SignupTokensTest {

    static final String SECRET = "a secret of at least sixteen";
    final SettableClock clock = new SettableClock(Instant.parse("2026-12-01T08:00:00Z"));
    final SignupTokens tokens = new SignupTokens(SECRET, Duration.ofHours(48), clock);

    @Test
    void aTokenCarriesWhatWasAskedUntilItExpires() {
        String token = tokens.tokenFor("lmec", "li.hua@example.com", "李华", "zh");
        assertThat(tokens.verify(token)).hasValueSatisfying(s -> {
            assertThat(s.publication()).isEqualTo("lmec");
            assertThat(s.address()).isEqualTo("li.hua@example.com");
            assertThat(s.name()).isEqualTo("李华");
            assertThat(s.language()).isEqualTo("zh");
            assertThat(s.expires()).isEqualTo(Instant.parse("2026-12-03T08:00:00Z"));
        });
        clock.advance(Duration.ofHours(48).plusSeconds(1));
        assertThat(tokens.verify(token)).isEmpty();
    }

    @Test
    void aChangedOrForeignTokenIsRefused() {
        String token = tokens.tokenFor("lmec", "a@example.org", null, "en");
        String payload = token.substring(0, token.lastIndexOf('.'));
        String other = new SignupTokens("another secret, sixteen+", Duration.ofHours(48), clock)
                .tokenFor("lmec", "a@example.org", null, "en");
        assertThat(tokens.verify(other)).isEmpty();
        assertThat(tokens.verify(payload + ".AAAA")).isEmpty();
        assertThat(tokens.verify(payload.substring(1) + token.substring(token.lastIndexOf('.'))))
                .isEmpty();
        assertThat(tokens.verify(null)).isEmpty();
        assertThat(tokens.verify("x".repeat(3000))).isEmpty();
        assertThat(tokens.verify(token).orElseThrow().name()).isNull();
    }

    @Test
    void aConfirmationTokenIsNoUnsubscribeTokenWithTheSameSecret() {
        String unsubscribe = new UnsubscribeTokens(SECRET).tokenFor("lmec", 7, "a@example.org");
        assertThat(tokens.verify(unsubscribe)).isEmpty();
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> new SignupTokens("short", Duration.ofHours(1), clock))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFormSaysWhatIsWrongWithAnAddressOrLanguage() {
        assertThat(SubscribePages.problemWith(null, null, "en")).contains("Give your e-mail address");
        assertThat(SubscribePages.problemWith("a@b", null, "en")).contains("is not an e-mail address");
        assertThat(SubscribePages.problemWith("Li <li@example.org>", null, "en"))
                .contains("is not an e-mail address");
        assertThat(SubscribePages.problemWith("li@example.org", null, "english!"))
                .contains("Choose a language");
        assertThat(SubscribePages.problemWith("li@example.org", "Li", "zh-Hans"))
                .isNull();
    }
}
