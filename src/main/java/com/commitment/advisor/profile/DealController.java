package com.commitment.advisor.profile;

import com.commitment.advisor.advice.AcceptLanguage;
import com.commitment.advisor.decision.LoggedBody;
import com.commitment.advisor.decision.ReceivedBody;
import com.commitment.advisor.decision.Source;
import com.commitment.advisor.model.Advice;
import com.commitment.advisor.security.Caller;
import com.commitment.advisor.web.AdviceService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/deals/{id}}: store a deal, read it back, hand it to another rep, ask for advice on it (logged). */
@RestController
@RequestMapping(path = "/api/v1/deals/{dealId}", produces = MediaType.APPLICATION_JSON_VALUE)
class DealController {

    private final DealService deals;
    private final AdviceService advice;

    DealController(DealService deals, AdviceService advice) {
        this.deals = deals;
        this.advice = advice;
    }

    /** 201 when this created the deal, 200 when it replaced it. */
    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DealDocument> store(@PathVariable String dealId, @RequestBody DealDocument document) {
        DealService.Stored stored = deals.store(dealId, document);
        return ResponseEntity.status(stored.created() ? HttpStatus.CREATED : HttpStatus.OK).body(stored.document());
    }

    @GetMapping
    DealDocument read(@PathVariable String dealId) {
        return deals.deal(dealId);
    }

    /** {@code {"rep": "li"}}: hands the deal to another rep (a manager or an admin); answers the deal. */
    @PutMapping(path = "/rep", consumes = MediaType.APPLICATION_JSON_VALUE)
    DealDocument reassign(@PathVariable String dealId, @RequestBody Handover body) {
        InputCheck.require(body != null, "", "the body must be a JSON object");
        return deals.reassign(dealId, body.rep());
    }

    /** The body of a handover: the user name of the rep who gets the deal. */
    record Handover(String rep) {
    }

    /** The body (a plan, a debrief, an {@code asOf}) is optional; the answer is that of {@code POST /api/v1/advice}. */
    @PostMapping(path = "/advice", consumes = MediaType.APPLICATION_JSON_VALUE)
    Advice advise(@PathVariable String dealId, @RequestBody(required = false) @LoggedBody DealAdviceRequest body,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            @RequestParam(defaultValue = "false") boolean all, HttpServletRequest http) {
        return advice.advise(deals.adviceRequest(dealId, body), AcceptLanguage.of(acceptLanguage), all, Source.DEAL,
                ReceivedBody.of(http), Caller.currentName());
    }
}
