package com.commitment.advisor.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageTemplateTest {

    private static final Map<String, String> PARAMS = new HashMap<>(Map.of("name", "Li", "due", "2026-12-08"));

    static {
        PARAMS.put("missing", null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Ask {name} by {due}.|Ask <Li> by <2026-12-08>.",
            "Ask {nobody}.|Ask ?.",
            "Ask {missing}.|Ask ?.",
            "Ask {name}[ by {due}].|Ask <Li> by <2026-12-08>.",
            "Ask {name}[ by {missing}].|Ask <Li>.",
            "Ask {name}[ by {due} and {nobody}] now.|Ask <Li> now.",
            "A [plain] part|A plain part",
            "[a [b {due}]|[a b <2026-12-08>",
            "unclosed [ {name}|unclosed [ <Li>",
            "closed ] early {name}|closed ] early <Li>",
            "{not a name} {} {name|{not a name} {} {name",
            "{name}{due}|<Li><2026-12-08>",
            "请{name}在{due}前确认[（{missing}）]。|请<Li>在<2026-12-08>前确认。",
            "\"\"|\"\"",
    })
    void fillsPlaceholdersAndKeepsOnlyKnownOptionalParts(String template, String expected) {
        assertEquals(expected, MessageTemplate.of(template).fill(PARAMS, value -> "<" + value + ">"));
    }
}
