package com.commitment.advisor.effectiveness;

import com.commitment.advisor.security.Access;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/rules/effectiveness?from=&to=}: how each rule fared, as JSON or ({@code Accept: text/csv}) CSV;
 * each bound is optional.
 * Sales-ops and admins count every answer; a manager those of their reps (SecurityConfiguration, ReportScope).
 */
@RestController
class EffectivenessController {

    private static final String PATH = "/api/v1/rules/effectiveness";
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final EffectivenessReader reader;
    private final Access access;

    EffectivenessController(EffectivenessReader reader, Access access) {
        this.reader = reader;
        this.access = access;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    EffectivenessReport json(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return reader.read(Period.parse(from, to), ReportScope.of(access));
    }

    @GetMapping(path = PATH, produces = "text/csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Period period = Period.parse(from, to);
        return ResponseEntity.ok().contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"rule-effectiveness.csv\"")
                .body(EffectivenessCsv.of(reader.read(period, ReportScope.of(access))));
    }
}
