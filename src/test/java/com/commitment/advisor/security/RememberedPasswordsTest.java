package com.commitment.advisor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/** bcrypt is paid once per password and hash; a guess pays it every time; a new hash forgets the old password. */
class RememberedPasswordsTest {

    private final AtomicInteger bcryptChecks = new AtomicInteger();
    private final PasswordEncoder bcrypt = Passwords.encoder(4);
    private final PasswordEncoder counted = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            bcryptChecks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    private final RememberedPasswords remembered = new RememberedPasswords(counted, Duration.ofMinutes(1));

    @Test
    void aMatchIsCheckedOnceThenRemembered() {
        String hash = remembered.encode("correct horse battery");
        assertThat(remembered.matches("correct horse battery", hash)).isTrue();
        assertThat(remembered.matches("correct horse battery", hash)).isTrue();
        assertThat(remembered.matches("correct horse battery", hash)).isTrue();
        assertThat(bcryptChecks).hasValue(1);
    }

    @Test
    void aWrongPasswordIsCheckedEveryTime() {
        String hash = remembered.encode("correct horse battery");
        assertThat(remembered.matches("wrong guess", hash)).isFalse();
        assertThat(remembered.matches("wrong guess", hash)).isFalse();
        assertThat(bcryptChecks).hasValue(2);
    }

    @Test
    void aNewHashDoesNotMatchTheOldPassword() {
        String before = remembered.encode("correct horse battery");
        assertThat(remembered.matches("correct horse battery", before)).isTrue();
        String after = remembered.encode("a new secret 2026");
        assertThat(remembered.matches("correct horse battery", after)).isFalse();
        assertThat(remembered.matches("a new secret 2026", after)).isTrue();
    }
}
