package com.commitment.advisor.profile;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/customers/{id}/people/{id}/events}: the dated log of what happened with a person. */
@RestController
@RequestMapping(path = "/api/v1/customers/{customerId}/people/{personId}/events",
        produces = MediaType.APPLICATION_JSON_VALUE)
class EventController {

    private final ProfileService profile;

    EventController(ProfileService profile) {
        this.profile = profile;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PersonEvent> record(@PathVariable String customerId, @PathVariable String personId,
            @RequestBody PersonEvent event) {
        PersonEvent recorded = profile.recordEvent(customerId, personId, event);
        return Created.at(recorded.id(), recorded);
    }

    @GetMapping
    Page<PersonEvent> list(@PathVariable String customerId, @PathVariable String personId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return profile.events(customerId, personId, Paging.of(page, size));
    }

    @GetMapping("/{eventId}")
    PersonEvent read(@PathVariable String customerId, @PathVariable String personId, @PathVariable long eventId) {
        return profile.event(customerId, personId, eventId);
    }

    @PutMapping(path = "/{eventId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    PersonEvent update(@PathVariable String customerId, @PathVariable String personId, @PathVariable long eventId,
            @RequestBody PersonEvent change) {
        return profile.updateEvent(customerId, personId, eventId, change);
    }
}
