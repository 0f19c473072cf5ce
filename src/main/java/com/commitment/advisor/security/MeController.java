package com.commitment.advisor.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/me}: who the caller is signed in as and their role, for the page's header and for scripts to
 * check; no role when a token carries none of ours.
 */
@RestController
class MeController {

    @GetMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, String> me(Authentication authentication) {
        Caller caller = Caller.current();
        Map<String, String> me = new LinkedHashMap<>();
        me.put("name", authentication.getName());
        if (caller != null) {
            me.put("role", caller.role().name());
        }
        return me;
    }
}
