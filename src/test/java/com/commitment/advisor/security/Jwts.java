package com.commitment.advisor.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An identity provider for the tests: an RSA key pair made here (never stored), its public key served as a JWK set
 * on loopback, and tokens signed with it. Nothing else of a real provider is served: the service must not need it.
 */
final class Jwts {

    static final String ISSUER = "https://idp.test";
    static final String KEY_ID = "test-key";

    private final KeyPair keys = rsa();
    private final HttpServer server;
    private final AtomicInteger otherRequests = new AtomicInteger();

    private Jwts() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] jwks = new JWKSet(new RSAKey.Builder((RSAPublicKey) keys.getPublic()).keyID(KEY_ID).build())
                .toString().getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            boolean isJwks = "/jwks.json".equals(exchange.getRequestURI().getPath());
            if (!isJwks) {
                otherRequests.incrementAndGet();
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(isJwks ? 200 : 404, isJwks ? jwks.length : -1);
            try (OutputStream body = exchange.getResponseBody()) {
                if (isJwks) {
                    body.write(jwks);
                }
            }
        });
        server.setExecutor(null);
        server.start();
    }

    /** Started, serving its JWK set until stopped. */
    static Jwts start() {
        return new Jwts();
    }

    void stop() {
        server.stop(0);
    }

    String jwkSetUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks.json";
    }

    /** Requests for anything but the JWK set (a discovery document, say). */
    int otherRequests() {
        return otherRequests.get();
    }

    /** A token from this provider, valid for five minutes, with these claims besides iss, iat and exp. */
    String token(Map<String, Object> claims) {
        return sign(keys, ISSUER, Instant.now().plus(Duration.ofMinutes(5)), claims);
    }

    String expired(Map<String, Object> claims) {
        return sign(keys, ISSUER, Instant.now().minus(Duration.ofMinutes(10)), claims);
    }

    String fromIssuer(String issuer, Map<String, Object> claims) {
        return sign(keys, issuer, Instant.now().plus(Duration.ofMinutes(5)), claims);
    }

    /** Names this provider's key, but is signed with another one. */
    String signedWithAnotherKey(Map<String, Object> claims) {
        return sign(rsa(), ISSUER, Instant.now().plus(Duration.ofMinutes(5)), claims);
    }

    private static String sign(KeyPair keys, String issuer, Instant expires, Map<String, Object> claims) {
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().issuer(issuer).jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(expires.minus(Duration.ofMinutes(10)))).expirationTime(Date.from(expires));
        claims.forEach(set::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_ID).build(), set.build());
        try {
            jwt.sign(new RSASSASigner(keys.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
