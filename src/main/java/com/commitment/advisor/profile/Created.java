package com.commitment.advisor.profile;

import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** 201 Created with the new resource's address, below the address that was posted to. */
final class Created {

    private Created() {
    }

    static <T> ResponseEntity<T> at(Object id, T body) {
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(id).encode().toUri()).body(body);
    }
}
