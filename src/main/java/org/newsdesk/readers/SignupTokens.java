package org.newsdesk.readers;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The link in a subscription's confirmation mail: what was asked (publication, address, name,
 * language) and until when it holds, signed with HMAC-SHA256. Nothing is stored before the click, so a
 * form flooded with other people's addresses leaves nothing behind but the mails the limits allow.
 */
public final class SignupTokens {

    /** A subscription someone asked for. */
    public record Signup(String publication, String address, String name, String language, Instant expires) {}

    private final byte[] secret;
    private final Duration lifetime;
    private final Clock clock;

    public SignupTokens(String secret, Duration lifetime, Clock clock) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("The signing secret must be at least 16 characters");
        }
        // a key of its own, so a confirmation token can never pass as an unsubscribe token
        this.secret = ("signup\n" + secret).getBytes(StandardCharsets.UTF_8);
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public String tokenFor(String publication, String address, String name, String language) {
        long expires = clock.instant().plus(lifetime).getEpochSecond();
        String payload =
                String.join("\n", publication, address, name == null ? "" : name, language, Long.toString(expires));
        String encoded =
                Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return encoded + "." + mac(encoded);
    }

    /** The signup, when the token is genuine and has not expired. */
    public Optional<Signup> verify(String token) {
        if (token == null || token.length() > 2000) {
            return Optional.empty();
        }
        int dot = token.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String encoded = token.substring(0, dot);
        byte[] expected = mac(encoded).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8).split("\n", -1);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (parts.length != 5) {
            return Optional.empty();
        }
        Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[4]));
        if (clock.instant().isAfter(expires)) {
            return Optional.empty();
        }
        return Optional.of(new Signup(parts[0], parts[1], parts[2].isEmpty() ? null : parts[2], parts[3], expires));
    }

    public Duration lifetime() {
        return lifetime;
    }

    private String mac(String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(data.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
