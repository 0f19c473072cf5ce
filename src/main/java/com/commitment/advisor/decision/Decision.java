package com.commitment.advisor.decision;

import com.commitment.advisor.model.Suppressed;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One logged answer, as stored and as {@code GET /api/v1/decisions/{id}} returns it.
 *
 * @param request the request as received, with the values under {@code masked} replaced; null when there was no body
 * @param masked  the configured pointers ({@code advisor.decisions.mask}) that matched a value of the request
 * @param suppressed the recommendations the answer left out because the rep's feedback on them still held
 * @param askedBy    the user who asked; null for the batch command and answers logged before users existed
 */
public record Decision(String decisionId, String dealId, Instant time, Source source, String ruleset,
        String language, JsonNode request, List<String> masked, List<LoggedRecommendation> recommendations,
        List<Suppressed> suppressed, String askedBy) {

    /** Reads and masks the request; on the writer's thread, so the request path pays for neither. */
    static Decision of(Decided decided, JsonMapper json, JsonMask mask) {
        JsonNode request = decided.request() == null || decided.request().length == 0 ? null
                : json.readTree(decided.request());
        List<String> masked = request == null ? List.of() : mask.apply(request);
        return new Decision(decided.advice().decisionId(), decided.advice().dealId(), decided.time(),
                decided.source(), decided.advice().ruleset(), decided.language(), request, masked,
                LoggedRecommendation.of(decided.advice().recommendations()), decided.advice().suppressed(),
                decided.askedBy());
    }
}
