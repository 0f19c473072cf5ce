package com.commitment.advisor.profile;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A customer, person, event, deal or decision that was never stored (or no longer is): 404 as problem+json. */
public class NotFoundException extends ErrorResponseException {

    public NotFoundException(String what) {
        super(HttpStatus.NOT_FOUND, problem(what), null);
    }

    private static ProblemDetail problem(String what) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, what + " is not stored.");
        problem.setType(URI.create("/problems/not-found"));
        problem.setTitle("Not found");
        return problem;
    }
}
