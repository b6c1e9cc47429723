package org.newsdesk.deliver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnsubscribeTokensTest {

    final UnsubscribeTokens tokens = new UnsubscribeTokens(DeliveryWorld.SECRET);
    final Map<Long, String> addresses = Map.of(1L, "alice@example.org", 2L, "bob@example.org");

    Optional<Long> verify(UnsubscribeTokens t, String token, String publication) {
        return t.verify(token, publication, id -> Optional.ofNullable(addresses.get(id)));
    }

    @Test
    void aGenuineTokenNamesItsSubscriber() {
        assertThat(verify(tokens, tokens.tokenFor("lmec", 1, "alice@example.org"), "lmec"))
                .contains(1L);
        assertThat(verify(tokens, tokens.tokenFor("lmec", 1, "Alice@Example.org"), "lmec"))
                .contains(1L);
    }

    @Test
    void aTokenCannotBeReusedForAnotherAddressOrPublication() {
        String alice = tokens.tokenFor("lmec", 1, "alice@example.org");
        String forBob = "2" + alice.substring(alice.indexOf('.'));
        assertThat(verify(tokens, forBob, "lmec")).isEmpty();
        assertThat(verify(tokens, alice, "china-asean")).isEmpty();
        // the address changed since the token was made
        assertThat(tokens.verify(alice, "lmec", id -> Optional.of("mallory@example.org")))
                .isEmpty();
    }

    @Test
    void aTokenMadeWithoutTheSecretIsRefused() {
        UnsubscribeTokens other = new UnsubscribeTokens("another-secret-of-enough-length");
        assertThat(verify(tokens, other.tokenFor("lmec", 1, "alice@example.org"), "lmec"))
                .isEmpty();
        String genuine = tokens.tokenFor("lmec", 1, "alice@example.org");
        char last = genuine.charAt(genuine.length() - 1);
        String tampered = genuine.substring(0, genuine.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertThat(verify(tokens, tampered, "lmec")).isEmpty();
        assertThat(verify(tokens, "1.", "lmec")).isEmpty();
        assertThat(verify(tokens, "x.y", "lmec")).isEmpty();
        assertThat(verify(tokens, null, "lmec")).isEmpty();
        assertThat(verify(tokens, "9." + genuine.substring(2), "lmec")).isEmpty();
    }

    @Test
    void aShortSecretIsRefusedAtStart() {
        assertThatThrownBy(() -> new UnsubscribeTokens("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
