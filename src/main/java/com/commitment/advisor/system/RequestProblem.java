package com.commitment.advisor.system;

import com.commitment.advisor.advice.FieldError;
import com.commitment.advisor.advice.InvalidRequestException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * What is wrong with a request, in the words of the {@code 400} answer: its {@code detail} line and each invalid
 * field by JSON pointer. One wording for every way in (HTTP, the event stream).
 */
public record RequestProblem(String detail, List<FieldError> errors) {

    /** The body is no JSON object at all (empty, or not JSON that Jackson names a place in). */
    public static RequestProblem notAnObject() {
        FieldError error = new FieldError("", "the body must be a JSON object");
        return new RequestProblem(error.detail(), List.of(error));
    }

    /** The request was read but breaks the contract. */
    public static RequestProblem of(InvalidRequestException e) {
        FieldError first = e.errors().get(0);
        return new RequestProblem(e.errors().size() + " invalid field(s): " + first.pointer() + " " + first.detail(),
                e.errors());
    }

    /** The body could not be read as a request: malformed JSON, a wrong type, an unknown code. */
    public static RequestProblem of(JacksonException e) {
        FieldError error = new FieldError(pointer(e), describe(e));
        return new RequestProblem(error.pointer().isEmpty() ? error.detail() : error.pointer() + ": " + error.detail(),
                List.of(error));
    }

    private static String pointer(JacksonException e) {
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
    private static String describe(JacksonException e) {
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
