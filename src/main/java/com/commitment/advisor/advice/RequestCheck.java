package com.commitment.advisor.advice;

import com.commitment.advisor.model.AdviceRequest;
import com.commitment.advisor.model.Person;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks a request against the contract: the constraints declared on the model, and unique ids. */
final class RequestCheck {

    private RequestCheck() {
    }

    /** Throws {@link InvalidRequestException} listing every invalid field. */
    static void check(AdviceRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request == null) {
            throw new InvalidRequestException(List.of(new FieldError("", "the body must be a JSON object")));
        }
        ContractCheck.check(request, "", errors);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < request.people().size(); i++) {
            Person person = request.people().get(i);
            if (person != null && person.id() != null) {
                Integer first = seen.putIfAbsent(person.id(), i);
                if (first != null) {
                    errors.add(new FieldError("/people/" + i + "/id",
                            "duplicate id '" + person.id() + "', already used by /people/" + first));
                }
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::pointer));
            throw new InvalidRequestException(errors);
        }
    }
}
