package com.commitment.advisor.profile;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A write that would lose or break what is stored: 409 as problem+json, with the stored version so the caller
 * can read it again and retry.
 */
public class ConflictException extends ErrorResponseException {

    private ConflictException(String type, String title, String detail, Long currentVersion) {
        super(HttpStatus.CONFLICT, problem(type, title, detail, currentVersion), null);
    }

    static ConflictException stale(String what, long sent, long current) {
        return new ConflictException("stale-version", "Stale version",
                what + " is at version " + current + ", not " + sent + ": someone changed it since you read it. "
                        + "Read it again, redo your change and send the new version.", current);
    }

    /** {@code current} is null when it was created by a concurrent request and cannot be read here. */
    static ConflictException exists(String what, Long current) {
        return new ConflictException("already-exists", "Already exists",
                what + " already exists. To change it, read it and send its version with your change.", current);
    }

    /** For things that have no version to send: a user, say. */
    public static ConflictException duplicate(String what) {
        return new ConflictException("already-exists", "Already exists", what + " already exists.", null);
    }

    static ConflictException sealed(String dealId, String change, long current) {
        return new ConflictException("deal-sealed", "Deal sealed",
                "Deal " + dealId + " is closed (WON or LOST): its role table is sealed, so " + change
                        + " is refused.", current);
    }

    private static ProblemDetail problem(String type, String title, String detail, Long currentVersion) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setType(URI.create("/problems/" + type));
        problem.setTitle(title);
        if (currentVersion != null) {
            problem.setProperty("currentVersion", currentVersion);
        }
        return problem;
    }
}
