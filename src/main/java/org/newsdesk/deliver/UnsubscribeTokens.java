package org.newsdesk.deliver;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Unsubscribe tokens: the subscriber's id and an HMAC-SHA256 over publication, id and address with a
 * secret from the environment. A token cannot be forged, nor reused for another address.
 */
public final class UnsubscribeTokens {

    private final byte[] secret;

    public UnsubscribeTokens(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException(
                    "The unsubscribe secret must be at least 16 characters (NEWSDESK_UNSUBSCRIBE_SECRET)");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String tokenFor(String publication, long subscriberId, String address) {
        return subscriberId + "." + mac(publication, subscriberId, address);
    }

    /** The subscriber id the token was made for, when the token is genuine for that subscriber's address. */
    public Optional<Long> verify(
            String token, String publication, java.util.function.LongFunction<Optional<String>> addressOf) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        Optional<String> address = addressOf.apply(id);
        if (address.isEmpty()) {
            return Optional.empty();
        }
        byte[] expected = mac(publication, id, address.get()).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(id) : Optional.empty();
    }

    /** The subscriber id a token claims to be for, before it is verified. */
    public static Optional<Long> claimedId(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        try {
            return dot > 0 ? Optional.of(Long.parseLong(token.substring(0, dot))) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String mac(String publication, long id, String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            String data = publication + "\n" + id + "\n" + address.toLowerCase(Locale.ROOT);
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
