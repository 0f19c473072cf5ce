package com.commitment.advisor.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON pointers with {@code *}: what they reach, what they leave alone. */
class JsonMaskTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void wildcardsIndexesAndEscapedNamesReachTheirValues() {
        JsonNode request = JSON.readTree("""
                {"people": [{"id": "a", "name": "A"}, {"id": "b", "name": null}, {"id": "c", "name": "C"}],
                 "history": [{"said": "x"}, {"said": "y"}], "crm": {"a/b": 1, "notes": {"q1": "n1", "q2": "n2"}}}""");

        List<String> matched = JsonMask.of(List.of("/people/*/name", "/history/1/said", "/crm/a~1b", "/crm/notes/*",
                "/debrief/customerSaid", "/history/7/said")).apply(request);

        assertThat(matched).containsExactly("/people/*/name", "/history/1/said", "/crm/a~1b", "/crm/notes/*");
        assertThat(request).isEqualTo(JSON.readTree("""
                {"people": [{"id": "a", "name": "**masked**"}, {"id": "b", "name": null}, {"id": "c", "name": "**masked**"}],
                 "history": [{"said": "x"}, {"said": "**masked**"}],
                 "crm": {"a/b": "**masked**", "notes": {"q1": "**masked**", "q2": "**masked**"}}}"""));
    }

    @Test
    void aPointerWithoutItsLeadingSlashStopsTheStart() {
        assertThatThrownBy(() -> JsonMask.of(List.of("people/*/name")))
                .hasMessageContaining("advisor.decisions.mask").hasMessageContaining("must start with /");
    }
}
