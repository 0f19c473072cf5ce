package com.commitment.advisor.profile;

import java.util.List;

/** Which page of a list to read: {@code ?page=0&size=20}; at most 100 items a page. */
public record Paging(int page, int size) {

    static final int MAX_SIZE = 100;

    public static Paging of(int page, int size) {
        InputCheck.require(page >= 0, "", "query parameter page must be 0 or more");
        InputCheck.require(size >= 1 && size <= MAX_SIZE, "", "query parameter size must be between 1 and " + MAX_SIZE);
        return new Paging(page, size);
    }

    public long offset() {
        return (long) page * size;
    }

    public <T> Page<T> of(List<T> items, long total) {
        return new Page<>(items, page, size, total);
    }
}
