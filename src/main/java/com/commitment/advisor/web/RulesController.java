package com.commitment.advisor.web;

import com.commitment.advisor.impact.ReloadImpacts;
import com.commitment.advisor.ruleset.ReloadAttempt;
import com.commitment.advisor.ruleset.RuleProblem;
import com.commitment.advisor.ruleset.RuleReloader;
import com.commitment.advisor.security.AuditAction;
import com.commitment.advisor.security.AuditLog;
import com.commitment.advisor.security.Caller;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The rules status and an explicit reload, for sales-ops (or the admin token); each reload is audited. */
@RestController
class RulesController {

    private final RuleReloader reloader;
    private final AuditLog audit;
    private final ReloadImpacts impacts;

    RulesController(RuleReloader reloader, AuditLog audit, ReloadImpacts impacts) {
        this.reloader = reloader;
        this.audit = audit;
        this.impacts = impacts;
    }

    @GetMapping("/api/v1/rules")
    RulesStatus status() {
        return RulesStatus.of(reloader, impacts);
    }

    /**
     * 200 with the status when the rules on disk serve (new or unchanged), without waiting for the reload's impact;
     * 422 with the problems if refused.
     */
    @PostMapping("/api/v1/rules/reload")
    ResponseEntity<Object> reload() {
        ReloadAttempt attempt = reloader.reload();
        audit.record(Caller.currentName(), AuditAction.RULES_RELOADED, attempt.version(), attempt.result().name());
        if (attempt.result() != ReloadAttempt.Result.REFUSED) {
            return ResponseEntity.ok(Map.of("result", attempt.result(), "status", RulesStatus.of(reloader, impacts)));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "The rules on disk were refused; " + reloader.holder().get().version() + " keeps serving.");
        problem.setType(URI.create("/problems/rules-refused"));
        problem.setTitle("Rules refused");
        List<String> problems = attempt.problems().stream().map(RuleProblem::toString).toList();
        problem.setProperty("version", attempt.version());
        problem.setProperty("problems", problems);
        return ResponseEntity.unprocessableContent().body(problem);
    }
}
