package com.commitment.advisor.effectiveness;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** The days a report covers, {@code from} through {@code to}, as UTC days (the decision log's times are UTC). */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (from.isAfter(to)) {
            throw new BadPeriodException("from", "from (" + from + ") is after to (" + to + ")");
        }
    }

    /** The period of two query parameters; a missing or malformed one is a 400 that names it. */
    static Period parse(String from, String to) {
        return new Period(date("from", from), date("to", to));
    }

    /** The first instant of the period. */
    OffsetDateTime start() {
        return from.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** The first instant after the period. */
    OffsetDateTime end() {
        return to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new BadPeriodException(name, "query parameter " + name + " is required, as YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadPeriodException(name, "query parameter " + name + ": '" + value
                    + "' is not a real date as YYYY-MM-DD");
        }
    }
}
