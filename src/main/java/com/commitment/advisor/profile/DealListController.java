package com.commitment.advisor.profile;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/deals?q=}: the stored deals a rep works on, searchable by id or customer. */
@RestController
class DealListController {

    private final DealService deals;
    private final Clock clock;

    DealListController(DealService deals, Clock clock) {
        this.deals = deals;
        this.clock = clock;
    }

    @GetMapping(path = "/api/v1/deals", produces = MediaType.APPLICATION_JSON_VALUE)
    Page<DealListItem> list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return deals.list(q, Paging.of(page, size), LocalDate.now(clock));
    }
}
