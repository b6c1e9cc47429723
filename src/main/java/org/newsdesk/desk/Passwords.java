package org.newsdesk.desk;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Password hashes for desk accounts: Argon2id (OWASP's minimum: 19 MiB, 2 passes, 1 lane), stored in
 * the PHC string form so the parameters travel with each hash and can be raised later.
 */
public final class Passwords {

    /** Shorter passwords are refused when an account is made. */
    public static final int MIN_LENGTH = 12;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);

    /**
     * A dummy hash to check against when the account does not exist, so timing does not tell. Made at
     * the first sign-in, not at start: one hash costs a few hundred milliseconds.
     */
    private volatile String dummy;

    public String hash(String password) {
        String problem = problem(password);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return encoder.encode(password);
    }

    /** Checks a password; {@code hash} null (no such account) takes as long and is false. */
    public boolean matches(String password, String hash) {
        if (password == null) {
            return false;
        }
        if (hash == null) {
            if (dummy == null) {
                dummy = encoder.encode("not a password of anyone");
            }
            encoder.matches(password, dummy);
            return false;
        }
        return encoder.matches(password, hash);
    }

    /** Why a password cannot be used, or null. */
    public static String problem(String password) {
        if (password == null || password.strip().length() < MIN_LENGTH) {
            return "The password must have at least " + MIN_LENGTH + " characters.";
        }
        if (password.length() > 200) {
            return "The password must have at most 200 characters.";
        }
        return null;
    }

    /** A new random password (about 120 bits), for "users add --generate". */
    public static String generate() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
