package com.commitment.advisor.advice;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;

/** One invalid field of a request, located by a JSON pointer ({@code /plan/commitments/0/kind}). */
public record FieldError(String pointer, String detail) {

    /** A broken constraint, its property path ({@code plan.commitments[0].kind}) turned into a JSON pointer. */
    public static FieldError of(ConstraintViolation<?> violation) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                pointer.append('/').append(node.getName());
            }
        }
        return new FieldError(pointer.toString(), violation.getMessage());
    }
}
