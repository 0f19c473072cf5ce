package com.commitment.advisor.impact;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.profile.Api;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** The rules status's last reload impact, read as sales-ops read it. */
public final class Impacts {

    private Impacts() {
    }

    /** The latest reload's impact once it is no longer running, which must be DONE. */
    public static JsonNode awaitDone(Api salesOps) throws Exception {
        Instant deadline = Instant.now().plusSeconds(120);
        JsonNode impact = salesOps.get("/api/v1/rules").body().get("lastReloadImpact");
        while (impact.get("status").asString().equals("RUNNING")) {
            assertThat(Instant.now()).as("the impact is measured within 2 minutes").isBefore(deadline);
            Thread.sleep(200);
            impact = salesOps.get("/api/v1/rules").body().get("lastReloadImpact");
        }
        assertThat(impact.get("status").asString()).as(impact.toString()).isEqualTo("DONE");
        return impact;
    }
}
