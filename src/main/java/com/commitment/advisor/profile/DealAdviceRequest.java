package com.commitment.advisor.profile;

import com.commitment.advisor.model.Debrief;
import com.commitment.advisor.model.Plan;
import jakarta.validation.Valid;
import java.time.LocalDate;

/**
 * The body of {@code POST /api/v1/deals/{id}/advice}: what belongs to this call, not to the stored deal.
 *
 * @param asOf the day to judge the deal on; default the stored deal's {@code asOf}, else today
 */
public record DealAdviceRequest(LocalDate asOf, @Valid Plan plan, @Valid Debrief debrief) {
}
