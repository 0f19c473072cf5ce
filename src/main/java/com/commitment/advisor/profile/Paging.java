package com.commitment.advisor.profile;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

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

    /**
     * This page of {@code select} (the columns) {@code from} (the table and its WHERE, whose marks {@code params}
     * fill) in {@code orderBy} order, and how many rows there are in all.
     */
    public <T> Page<T> read(JdbcClient db, String select, String from, List<?> params, String orderBy,
            RowMapper<T> rows) {
        long total = db.sql("SELECT COUNT(*) " + from).params(params).query(Long.class).single();
        List<Object> paged = new ArrayList<>(params);
        paged.add(size);
        paged.add(offset());
        return of(db.sql(select + " " + from + " ORDER BY " + orderBy + " LIMIT ? OFFSET ?").params(paged)
                .query(rows).list(), total);
    }
}
