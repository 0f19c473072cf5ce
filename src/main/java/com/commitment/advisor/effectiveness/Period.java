package com.commitment.advisor.effectiveness;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The days whose answers a report covers, {@code from} through {@code to}, as UTC days (the log's times are UTC);
 * a bound left out does not bound: neither covers the whole log.
 */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadPeriodException("from", "from (" + from + ") is after to (" + to + ")");
        }
    }

    /** The period of two query parameters, each optional; a malformed one is a 400 that names it. */
    static Period parse(String from, String to) {
        return new Period(date("from", from), date("to", to));
    }

    /** A condition on {@code column}, a time, for the WHERE clause; its marks filled from {@code params}. */
    String sql(String column, List<Object> params) {
        List<String> bounds = new ArrayList<>(List.of("1 = 1"));
        if (from != null) {
            bounds.add(column + " >= ?");
            params.add(from.atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (to != null) {
            bounds.add(column + " < ?");
            params.add(to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        return String.join(" AND ", bounds);
    }

    /** As people say it: "2026-11-01 to 2026-11-30", "2026-11-01 on", "up to 2026-11-30", "the whole log". */
    public String describe() {
        if (from == null) {
            return to == null ? "the whole log" : "up to " + to;
        }
        return to == null ? from + " on" : from + " to " + to;
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadPeriodException(name, "query parameter " + name + ": '" + value
                    + "' is not a real date as YYYY-MM-DD");
        }
    }
}
