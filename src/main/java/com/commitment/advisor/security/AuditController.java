package com.commitment.advisor.security;

import com.commitment.advisor.profile.Page;
import com.commitment.advisor.profile.Paging;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/audit}, for an ADMIN: who reloaded rules, changed users, handed deals over; newest first. */
@RestController
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping(path = "/api/v1/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    Page<AuditEvent> page(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return audit.page(Paging.of(page, size));
    }
}
