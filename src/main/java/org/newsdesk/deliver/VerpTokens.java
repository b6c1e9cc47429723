package org.newsdesk.deliver;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The envelope sender of each mail (VERP): {@code bounces+ISSUE.SUBSCRIBER.SIGNATURE@domain}, the
 * signature an HMAC-SHA256 of issue and subscriber. A bounce that comes back to that address names
 * its mail without anyone having to trust the bounce's text, and nobody can make one up for another
 * subscriber.
 */
public final class VerpTokens {

    /** The mail a genuine token was made for. */
    public record Sent(String issue, long subscriber) {}

    private final byte[] secret;

    public VerpTokens(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("The signing secret must be at least 16 characters");
        }
        this.secret = ("verp\n" + secret).getBytes(StandardCharsets.UTF_8);
    }

    public String tokenFor(String issue, long subscriber) {
        return issue + "." + subscriber + "." + mac(issue, subscriber);
    }

    /** {@code bounces+TOKEN@domain}, from the publication's sender address. */
    public String returnPath(String localPart, String fromAddress, String issue, long subscriber) {
        String domain = fromAddress
                .substring(fromAddress.lastIndexOf('@') + 1)
                .replace(">", "")
                .strip();
        return localPart + "+" + tokenFor(issue, subscriber) + "@" + domain;
    }

    public Optional<Sent> verify(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int last = token.lastIndexOf('.');
        int middle = last <= 0 ? -1 : token.lastIndexOf('.', last - 1);
        if (middle <= 0) {
            return Optional.empty();
        }
        String issue = token.substring(0, middle);
        long subscriber;
        try {
            subscriber = Long.parseLong(token.substring(middle + 1, last));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        byte[] expected = mac(issue, subscriber).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, token.substring(last + 1).getBytes(StandardCharsets.US_ASCII))
                ? Optional.of(new Sent(issue, subscriber))
                : Optional.empty();
    }

    private String mac(String issue, long subscriber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] full = mac.doFinal((issue + "\n" + subscriber).getBytes(StandardCharsets.UTF_8));
            // 12 bytes (96 bits) keep the address short; local parts may have at most 64 characters
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(full, 12));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
