package com.commitment.advisor.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks a password against its bcrypt hash once, then remembers for a while that this password matched this
 * hash, so an API client signing in with HTTP Basic on every call does not pay bcrypt's tens of milliseconds each
 * time. Only matches are remembered (a guesser pays bcrypt on every guess), as an HMAC under a key made at start
 * and never stored; a new hash (a password reset) matches nothing remembered.
 */
final class RememberedPasswords implements PasswordEncoder {

    private final PasswordEncoder encoder;
    private final Cache<String, Boolean> matched;
    private final SecretKeySpec key;

    RememberedPasswords(PasswordEncoder encoder, Duration remember) {
        this.encoder = encoder;
        this.matched = Caffeine.newBuilder().expireAfterWrite(remember).maximumSize(10_000).build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence raw) {
        return encoder.encode(raw);
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
        if (raw == null || encoded == null) {
            return false;
        }
        String seen = mac(encoded + '\0' + raw);
        if (matched.getIfPresent(seen) != null) {
            return true;
        }
        boolean matches = encoder.matches(raw, encoded);
        if (matches) {
            matched.put(seen, Boolean.TRUE);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encoded) {
        return encoder.upgradeEncoding(encoded);
    }

    private String mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
