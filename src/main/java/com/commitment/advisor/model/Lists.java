package com.commitment.advisor.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Copies of request lists: absent is empty; null items are kept so validation can point at them. */
final class Lists {

    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
