package com.commitment.advisor.advice;

import java.util.List;
import java.util.stream.Collectors;

/** The request breaks the contract of the advice API (docs/api.md); each error points at a field. */
public class InvalidRequestException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.pointer() + ": " + e.detail()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
