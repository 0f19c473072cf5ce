package com.commitment.advisor.effectiveness;

import com.commitment.advisor.system.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A report period that cannot be read, or that ends before it starts: 400 as problem+json naming the parameter. */
public class BadPeriodException extends ErrorResponseException {

    BadPeriodException(String parameter, String detail) {
        super(HttpStatus.BAD_REQUEST, problem(parameter, detail), null);
    }

    private static ProblemDetail problem(String parameter, String detail) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
        problem.setProperty("parameter", parameter);
        return problem;
    }
}
