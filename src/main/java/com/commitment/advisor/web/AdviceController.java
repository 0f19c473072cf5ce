package com.commitment.advisor.web;

import com.commitment.advisor.advice.AcceptLanguage;
import com.commitment.advisor.advice.Advisor;
import com.commitment.advisor.decision.DecisionLog;
import com.commitment.advisor.decision.LoggedBody;
import com.commitment.advisor.decision.ReceivedBody;
import com.commitment.advisor.decision.Source;
import com.commitment.advisor.feedback.Suppression;
import com.commitment.advisor.model.Advice;
import com.commitment.advisor.model.AdviceRequest;
import com.commitment.advisor.model.Recommendation;
import com.commitment.advisor.security.Caller;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/advice}: the facts of a deal in, ranked and explained next steps out, less those the rep's
 * feedback on this deal id still hides ({@code ?all=true} keeps them, marked); each answer logged.
 */
@RestController
class AdviceController {

    private static final Logger log = LoggerFactory.getLogger(AdviceController.class);

    private final Advisor advisor;
    private final MeterRegistry meters;
    private final DecisionLog decisions;
    private final Suppression suppression;

    AdviceController(Advisor advisor, MeterRegistry meters, DecisionLog decisions, Suppression suppression) {
        this.advisor = advisor;
        this.meters = meters;
        this.decisions = decisions;
        this.suppression = suppression;
    }

    @PostMapping(path = "/api/v1/advice", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Advice advise(@RequestBody @LoggedBody AdviceRequest request,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            @RequestParam(defaultValue = "false") boolean all, @RequestParam(defaultValue = "false") boolean preview,
            HttpServletRequest http) {
        String language = AcceptLanguage.of(acceptLanguage);
        Advice advice = suppression.apply(
                meters.timer("advisor.advise").record(() -> advisor.advise(request, language)), all);
        advice.recommendations().forEach(r -> meters.counter("advisor.recommendations", "code", r.code()).increment());
        log.info("decision {} deal {} ruleset {} codes {}", advice.decisionId(), advice.dealId(), advice.ruleset(),
                advice.recommendations().stream().map(Recommendation::code).toList());
        decisions.record(advice, language, preview ? Source.PREVIEW : Source.API, ReceivedBody.of(http),
                Caller.currentName());
        return advice;
    }
}
