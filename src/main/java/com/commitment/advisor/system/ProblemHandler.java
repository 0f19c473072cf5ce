package com.commitment.advisor.system;

import com.commitment.advisor.advice.FieldError;
import com.commitment.advisor.advice.InvalidRequestException;
import com.commitment.advisor.advice.RunawayRulesException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
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
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Every error as problem+json: invalid fields named by JSON pointer, never a stack trace. */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Object> invalid(InvalidRequestException e) {
        return ResponseEntity.badRequest().body(Problems.invalid(
                e.errors().size() + " invalid field(s): " + e.errors().get(0).pointer() + " "
                        + e.errors().get(0).detail(), e.errors()));
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
                FieldError error = new FieldError(pointer(jackson), describe(jackson));
                return ResponseEntity.badRequest().body(Problems.invalid(
                        error.pointer().isEmpty() ? error.detail() : error.pointer() + ": " + error.detail(),
                        List.of(error)));
            }
        }
        FieldError error = new FieldError("", "the body must be a JSON object");
        return ResponseEntity.badRequest().body(Problems.invalid(error.detail(), List.of(error)));
    }

    static String pointer(JacksonException e) {
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            pointer.append('/');
            if (reference.getPropertyName() != null) {
                pointer.append(reference.getPropertyName().replace("~", "~0").replace("/", "~1"));
            } else {
                pointer.append(reference.getIndex());
            }
        }
        return pointer.toString();
    }

    /** What is wrong, in the caller's terms rather than Java's. */
    static String describe(JacksonException e) {
        if (e instanceof InvalidFormatException format) {
            Class<?> type = format.getTargetType();
            if (type != null && type.isEnum()) {
                return "'" + format.getValue() + "' is not one of " + Arrays.toString(type.getEnumConstants());
            }
            if (type != null && Temporal.class.isAssignableFrom(type)) {
                return "'" + format.getValue() + "' is not a real date as YYYY-MM-DD";
            }
            if (type != null && Number.class.isAssignableFrom(type) || type == int.class) {
                return "'" + format.getValue() + "' is not a whole number";
            }
            return "'" + format.getValue() + "' has the wrong form";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + kind(mismatch.getTargetType());
        }
        if (e instanceof StreamReadException read) {
            String where = read.getLocation() == null ? ""
                    : " at line " + read.getLocation().getLineNr() + ", column " + read.getLocation().getColumnNr();
            return "malformed JSON" + where;
        }
        return "cannot be read here: check the type of this value against the API description at /v3/api-docs";
    }

    private static String kind(Class<?> type) {
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type == String.class) {
            return "text";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type == Boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date as YYYY-MM-DD";
        }
        return "an object";
    }
}
