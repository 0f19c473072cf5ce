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

/** {@code /api/v1/customers}: create, read, list and update customers; list a customer's stored deals. */
@RestController
@RequestMapping(path = "/api/v1/customers", produces = MediaType.APPLICATION_JSON_VALUE)
class CustomerController {

    private final ProfileService profile;
    private final DealService deals;

    CustomerController(ProfileService profile, DealService deals) {
        this.profile = profile;
        this.deals = deals;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Customer> create(@RequestBody Customer customer) {
        Customer created = profile.createCustomer(customer);
        return Created.at(created.id(), created);
    }

    @GetMapping
    Page<Customer> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return profile.customers(Paging.of(page, size));
    }

    @GetMapping("/{customerId}")
    Customer read(@PathVariable String customerId) {
        return profile.customer(customerId);
    }

    @PutMapping(path = "/{customerId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Customer update(@PathVariable String customerId, @RequestBody Customer change) {
        return profile.updateCustomer(customerId, change);
    }

    @GetMapping("/{customerId}/deals")
    Page<DealSummary> deals(@PathVariable String customerId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return deals.deals(customerId, Paging.of(page, size));
    }
}
