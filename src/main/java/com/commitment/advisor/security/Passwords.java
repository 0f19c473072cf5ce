package com.commitment.advisor.security;

import java.util.Map;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/** How passwords are hashed, alike for the service and the {@code users} command. */
public final class Passwords {

    private Passwords() {
    }

    /** New hashes in bcrypt; a stored hash names its own encoder ({bcrypt}..., {pbkdf2}...), so older ones match. */
    public static PasswordEncoder encoder(int bcryptStrength) {
        return new DelegatingPasswordEncoder("bcrypt", Map.of(
                "bcrypt", new BCryptPasswordEncoder(bcryptStrength),
                "pbkdf2", Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }
}
