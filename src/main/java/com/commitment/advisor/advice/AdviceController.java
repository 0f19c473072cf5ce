package com.commitment.advisor.advice;

import com.commitment.advisor.model.Advice;
import com.commitment.advisor.model.AdviceRequest;
import io.micrometer.core.instrument.MeterRegistry;
import com.commitment.advisor.model.Recommendation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/advice}: the facts of a deal in, ranked and explained next steps out. */
@RestController
class AdviceController {

    private static final Logger log = LoggerFactory.getLogger(AdviceController.class);

    private final Advisor advisor;
    private final MeterRegistry meters;

    AdviceController(Advisor advisor, MeterRegistry meters) {
        this.advisor = advisor;
        this.meters = meters;
    }

    @PostMapping(path = "/api/v1/advice", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Advice advise(@RequestBody AdviceRequest request,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        Advice advice = meters.timer("advisor.advise").record(() -> advisor.advise(request, AcceptLanguage.of(acceptLanguage)));
        advice.recommendations().forEach(r -> meters.counter("advisor.recommendations", "code", r.code()).increment());
        log.info("decision {} deal {} ruleset {} codes {}", advice.decisionId(), advice.dealId(), advice.ruleset(),
                advice.recommendations().stream().map(Recommendation::code).toList());
        return advice;
    }
}
