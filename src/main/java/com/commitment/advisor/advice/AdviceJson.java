package com.commitment.advisor.advice;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** How requests and answers are read and written, the same for the HTTP endpoint, the command line and tests. */
public final class AdviceJson {

    private AdviceJson() {
    }

    /**
     * CRMs send more than we need (unknown fields are ignored); absent values are left out of answers; a score of
     * 2.5 is refused, not cut to 2.
     */
    public static <B extends JsonMapper.Builder> B configure(B builder) {
        builder.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_NULL));
        return builder;
    }

    public static JsonMapper mapper() {
        return configure(JsonMapper.builder()).build();
    }
}
