package com.commitment.advisor.advice;

import com.commitment.advisor.model.AdviceRequest;
import com.commitment.advisor.model.Outcome;
import java.util.List;

/**
 * One scenario of {@code fixtures/**}/*.json: a request and what the advice must (and must not) contain.
 *
 * @param language "en" or "zh", the language the advice is asked in
 */
public record Fixture(String name, String language, AdviceRequest request, Expect expect) {

    /** Codes that must all appear, codes that must not, and the debrief outcome when one is expected. */
    public record Expect(Outcome outcome, List<String> codes, List<String> absent) {
        public Expect {
            codes = codes == null ? List.of() : List.copyOf(codes);
            absent = absent == null ? List.of() : List.copyOf(absent);
        }
    }

    public Fixture {
        language = language == null ? "en" : language;
        expect = expect == null ? new Expect(null, List.of(), List.of()) : expect;
    }
}
