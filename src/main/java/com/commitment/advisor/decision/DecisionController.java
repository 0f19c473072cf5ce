package com.commitment.advisor.decision;

import com.commitment.advisor.profile.NotFoundException;
import com.commitment.advisor.profile.Page;
import com.commitment.advisor.profile.Paging;
import com.commitment.advisor.security.Access;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads the decision log: one answer by its {@code decisionId}, or a deal's answers newest first. Any deal id
 * may be asked for, stored or not, since {@code POST /api/v1/advice} advises deals that are not stored. A rep reads
 * the answers they asked for and those on their stored deals; a manager also their reps'; sales-ops all.
 */
@RestController
class DecisionController {

    private final DecisionStore decisions;
    private final Access access;

    DecisionController(DecisionStore decisions, Access access) {
        this.decisions = decisions;
        this.access = access;
    }

    @GetMapping(path = "/api/v1/decisions/{decisionId}", produces = MediaType.APPLICATION_JSON_VALUE)
    Decision read(@PathVariable String decisionId) {
        return decisions.find(decisionId, DecisionStore.visibleTo(access))
                .orElseThrow(() -> new NotFoundException("Decision " + decisionId));
    }

    @GetMapping(path = "/api/v1/deals/{dealId}/decisions", produces = MediaType.APPLICATION_JSON_VALUE)
    Page<Decision> ofDeal(@PathVariable String dealId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (access.hidden(dealId)) {
            throw new NotFoundException("Deal " + dealId);
        }
        return decisions.ofDeal(dealId, DecisionStore.visibleTo(access), Paging.of(page, size));
    }
}
