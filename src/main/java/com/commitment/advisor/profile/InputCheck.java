package com.commitment.advisor.profile;

import com.commitment.advisor.advice.FieldError;
import com.commitment.advisor.advice.InvalidRequestException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** Checks bodies against the constraints declared on them; answers 400 with a JSON pointer per invalid field. */
public final class InputCheck {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private InputCheck() {
    }

    /** The body, or a 400 naming every invalid field. */
    public static <T> T valid(T body) {
        if (body == null) {
            throw new InvalidRequestException(List.of(new FieldError("", "the body must be a JSON object")));
        }
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<T> violation : VALIDATOR.validate(body)) {
            errors.add(FieldError.of(violation));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::pointer));
            throw new InvalidRequestException(errors);
        }
        return body;
    }

    public static void require(boolean ok, String pointer, String detail) {
        if (!ok) {
            throw new InvalidRequestException(List.of(new FieldError(pointer, detail)));
        }
    }
}
