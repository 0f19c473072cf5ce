package com.commitment.advisor.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A customer person on this deal; influence and support are per deal and null until scored. */
public record Person(
        @NotBlank @Size(max = Limits.MAX_ID) String id,
        @Size(max = Limits.MAX_TEXT) String name,
        @Size(max = Limits.MAX_TEXT) String title,
        Role role,
        @Min(0) @Max(2) Integer influence,
        @Min(-2) @Max(2) Integer support,
        @Size(max = Limits.MAX_TEXT) String concept,
        @Size(max = Limits.MAX_TEXT) String personalWin,
        @PositiveOrZero @Max(10_000) Integer effort) {

    /** The name to show a rep: the name when known, else the id. */
    public String displayName() {
        return name == null || name.isBlank() ? id : name;
    }
}
