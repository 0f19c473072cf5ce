package com.commitment.advisor.security;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: who the caller is signed in as, and their role, for the page's header and for scripts. */
@RestController
class MeController {

    /** Only callers with one of our roles get here (SecurityConfiguration), so there is always a caller. */
    @GetMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, String> me() {
        Caller caller = Caller.current();
        return Map.of("name", caller.name(), "role", caller.role().name());
    }
}
