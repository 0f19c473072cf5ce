package com.commitment.advisor.spark;

import com.commitment.advisor.advice.InvalidRequestException;
import com.commitment.advisor.model.AdviceRequest;
import java.time.LocalDate;
import tools.jackson.core.JacksonException;

/** One line advised as {@code batch} advises it: the same answer, or the same words for why it was skipped. */
final class LineAdvice {

    private LineAdvice() {
    }

    static Outcome advise(Engines.Engine engine, String text, long index, String lang, LocalDate asOf) {
        long number = index + 1;
        try {
            AdviceRequest request = engine.json().readValue(text, AdviceRequest.class);
            return new Outcome(index, false,
                    engine.json().writeValueAsString(engine.advisor().advise(request, lang, asOf)));
        } catch (JacksonException e) {
            return skipped(index, "line " + number + " skipped: not a valid request: " + e.getOriginalMessage());
        } catch (InvalidRequestException e) {
            return skipped(index, "line " + number + " skipped: " + e.getMessage());
        } catch (RuntimeException e) {
            return skipped(index, "line " + number + " skipped: " + e);
        }
    }

    private static Outcome skipped(long index, String why) {
        return new Outcome(index, true, why);
    }
}
