package com.commitment.advisor.web;

import com.commitment.advisor.advice.AcceptLanguage;
import com.commitment.advisor.decision.LoggedBody;
import com.commitment.advisor.decision.ReceivedBody;
import com.commitment.advisor.decision.Source;
import com.commitment.advisor.model.Advice;
import com.commitment.advisor.model.AdviceRequest;
import com.commitment.advisor.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
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

    private final AdviceService advice;

    AdviceController(AdviceService advice) {
        this.advice = advice;
    }

    @PostMapping(path = "/api/v1/advice", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Advice advise(@RequestBody @LoggedBody AdviceRequest request,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            @RequestParam(defaultValue = "false") boolean all, @RequestParam(defaultValue = "false") boolean preview,
            HttpServletRequest http) {
        return advice.advise(request, AcceptLanguage.of(acceptLanguage), all, preview ? Source.PREVIEW : Source.API,
                ReceivedBody.of(http), Caller.currentName());
    }
}
