package com.commitment.advisor.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A customer need; a confirmed need should be linked to proof that we can meet it. */
public record Need(
        @Size(max = Limits.MAX_ID) String id,
        @Size(max = Limits.MAX_TEXT) String text,
        Boolean confirmed,
        @Size(max = Limits.MAX_ITEMS) List<@NotNull @Size(max = Limits.MAX_TEXT) String> proofs) {

    public Need {
        proofs = Lists.copy(proofs);
    }
}
