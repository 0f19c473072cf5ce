package com.commitment.advisor.profile;

import com.commitment.advisor.model.Deal;
import com.commitment.advisor.model.HistoryEntry;
import com.commitment.advisor.model.Limits;
import com.commitment.advisor.model.Stage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A stored deal in the request shape of the advice API (docs/api.md) ({@code deal}, {@code people}, {@code history}; a plan or a
 * debrief belongs to one advice call, not to the deal), plus:
 *
 * @param customerId the profile customer the deal belongs to: advice fills in what the profile knows of its people
 * @param version    absent to create the deal; the version read to replace it (a stale one is refused, 409)
 * @param sealed     read-only: the deal is WON or LOST, so its stage and role table no longer change
 * @param rep        read-only: the user name of the rep who owns the deal (its creator, unless handed over with
 *                   {@code PUT /api/v1/deals/{id}/rep})
 */
public record DealDocument(
        @Size(max = Limits.MAX_ID) String customerId,
        Long version,
        Boolean sealed,
        String rep,
        @NotNull @Valid Deal deal,
        @Size(max = Limits.MAX_ITEMS) List<@NotNull @Valid RoleTableRow> people,
        @Size(max = Limits.MAX_ITEMS) List<@NotNull @Valid HistoryEntry> history) {

    public DealDocument {
        people = people == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(people));
        history = history == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(history));
    }

    /** A deal is closed, and its role table sealed, once it is won or lost. */
    static boolean sealedAt(Stage stage) {
        return stage == Stage.WON || stage == Stage.LOST;
    }
}
