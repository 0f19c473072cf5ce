package com.commitment.advisor.advice;

/** One invalid field of a request, located by a JSON pointer ({@code /plan/commitments/0/kind}). */
public record FieldError(String pointer, String detail) {
}
