package com.commitment.advisor.system;

import com.commitment.advisor.advice.InvalidRequestException;
import com.commitment.advisor.advice.RunawayRulesException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/** Every error as problem+json: invalid fields named by JSON pointer, never a stack trace. */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Object> invalid(InvalidRequestException e) {
        return badRequest(RequestProblem.of(e));
    }

    @ExceptionHandler(RunawayRulesException.class)
    ResponseEntity<Object> runaway(RunawayRulesException e) {
        log.error("request stopped: {}", e.getMessage());
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "rules-kept-firing",
                "A rule kept firing", e.getMessage());
        problem.setProperty("rule", e.rule());
        return ResponseEntity.internalServerError().body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("unexpected error", e);
        return ResponseEntity.internalServerError().body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error", "Internal error", "The advisor failed on this request; it is logged."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException) {
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Problems.tooLarge(BodyLimitFilter.LIMIT));
            }
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                return badRequest(RequestProblem.of(jackson));
            }
        }
        return badRequest(RequestProblem.notAnObject());
    }

    private static ResponseEntity<Object> badRequest(RequestProblem problem) {
        return ResponseEntity.badRequest().body(Problems.invalid(problem.detail(), problem.errors()));
    }
}
