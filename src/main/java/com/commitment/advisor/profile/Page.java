package com.commitment.advisor.profile;

import java.util.List;

/** One page of a list: {@code page} counts from 0; {@code total} is the number of items in the whole list. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
