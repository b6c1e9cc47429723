package org.newsdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordsTest {

    final Passwords passwords = new Passwords();

    @Test
    void aHashIsArgon2idWithItsParametersAndSaltAndChecksOnlyItsPassword() {
        String hash = passwords.hash("correct horse battery");
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("correct");
        assertThat(passwords.hash("correct horse battery")).isNotEqualTo(hash);
        assertThat(passwords.matches("correct horse battery", hash)).isTrue();
        assertThat(passwords.matches("correct horse batterY", hash)).isFalse();
        assertThat(passwords.matches(null, hash)).isFalse();
    }

    @Test
    void noAccountNeverMatches() {
        assertThat(passwords.matches("not a password of anyone", null)).isFalse();
    }

    @Test
    void aShortPasswordIsRefusedAndAGeneratedOneIsLongEnough() {
        assertThat(Passwords.problem("short")).contains("at least 12");
        assertThat(Passwords.problem("            ")).contains("at least 12");
        assertThatThrownBy(() -> passwords.hash("short")).isInstanceOf(IllegalArgumentException.class);
        String generated = Passwords.generate();
        assertThat(Passwords.problem(generated)).isNull();
        assertThat(Passwords.generate()).isNotEqualTo(generated);
    }
}
