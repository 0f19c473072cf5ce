package com.commitment.advisor.bench;

import com.commitment.advisor.model.AdviceRequest;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The baseline of the HTTP benchmark, served only when the service runs on the bench class path: it reads the
 * same request body as {@code /api/v1/advice} into the same records and answers a small JSON object, so the
 * difference between the two is the advising itself.
 */
@RestController
class TrivialEndpoint {

    @PostMapping(path = "/bench/trivial", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, String> read(@RequestBody AdviceRequest request) {
        return Map.of("dealId", request.deal().id());
    }
}
