package com.commitment.advisor.advice;

import com.commitment.advisor.model.Subject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/** The {@code key} and {@code fingerprint} of a recommendation: 16 hex digits of a SHA-256 over their parts. */
final class RecommendationKeys {

    private static final int HEX_DIGITS = 16;

    private RecommendationKeys() {
    }

    /** Stable across calls: only what names the recommendation goes in, no text of any language. */
    static String key(String dealId, String rule, String code, Subject subject) {
        return hash(List.of(Objects.toString(dealId, ""), Objects.toString(rule, ""), code,
                subject.type().name(), Objects.toString(subject.id(), "")));
    }

    /**
     * Over the facts of the evidence, not its text: the same in every language and message wording; sorted, so the
     * same facts give the same fingerprint whatever order the rules fired in.
     */
    static String fingerprint(Collection<String> evidence) {
        return hash(evidence.stream().sorted().toList());
    }

    /** Each part length-prefixed, so ("ab", "c") and ("a", "bc") hash apart. */
    private static String hash(List<String> parts) {
        MessageDigest sha = sha256();
        for (String part : parts) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            sha.update(bytes);
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, HEX_DIGITS);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
