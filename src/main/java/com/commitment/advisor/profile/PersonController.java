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

/** {@code /api/v1/customers/{id}/people}: a customer's people across deals, and how each one's support changed. */
@RestController
@RequestMapping(path = "/api/v1/customers/{customerId}/people", produces = MediaType.APPLICATION_JSON_VALUE)
class PersonController {

    private final ProfileService profile;

    PersonController(ProfileService profile) {
        this.profile = profile;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CustomerPerson> create(@PathVariable String customerId, @RequestBody CustomerPerson person) {
        CustomerPerson created = profile.createPerson(customerId, person);
        return Created.at(created.id(), created);
    }

    @GetMapping
    Page<CustomerPerson> list(@PathVariable String customerId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return profile.people(customerId, Paging.of(page, size));
    }

    @GetMapping("/{personId}")
    CustomerPerson read(@PathVariable String customerId, @PathVariable String personId) {
        return profile.person(customerId, personId);
    }

    @PutMapping(path = "/{personId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    CustomerPerson update(@PathVariable String customerId, @PathVariable String personId,
            @RequestBody CustomerPerson change) {
        return profile.updatePerson(customerId, personId, change);
    }

    @GetMapping("/{personId}/support")
    Page<SupportChange> supportHistory(@PathVariable String customerId, @PathVariable String personId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return profile.supportHistory(customerId, personId, Paging.of(page, size));
    }
}
