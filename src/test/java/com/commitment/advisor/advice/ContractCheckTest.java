package com.commitment.advisor.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.commitment.advisor.model.AdviceRequest;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The plain-code contract check says what Bean Validation says: the same pointers and words, for full deals of
 * the fixtures broken in every field in every way the model's constraints forbid, and for the same deals whole.
 */
class ContractCheckTest {

    private static final Validator BEAN_VALIDATION = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    private static final List<JsonNode> BAD_VALUES = List.of(FullDeals.JSON.getNodeFactory().textNode(""),
            FullDeals.JSON.getNodeFactory().textNode("   "), FullDeals.JSON.getNodeFactory().textNode("x".repeat(201)),
            FullDeals.JSON.getNodeFactory().textNode("x".repeat(10_001)), FullDeals.JSON.getNodeFactory().numberNode(-3),
            FullDeals.JSON.getNodeFactory().numberNode(-1), FullDeals.JSON.getNodeFactory().numberNode(3),
            FullDeals.JSON.getNodeFactory().numberNode(10_001), FullDeals.JSON.getNodeFactory().nullNode());

    @Test
    void findsWhatBeanValidationFinds() {
        FullDeals deals = new FullDeals(Path.of("fixtures"), 7);
        int compared = 0;
        int broken = 0;
        for (int d = 0; d < 4; d++) {
            ObjectNode deal = deals.next(d, d % 2 == 0 ? "en" : "zh");
            List<ObjectNode> variants = new ArrayList<>(List.of(deal));
            breakEach(deal, deal, variants);
            for (ObjectNode variant : variants) {
                AdviceRequest request;
                try {
                    request = FullDeals.JSON.treeToValue(variant, AdviceRequest.class);
                } catch (RuntimeException unreadable) {
                    continue;
                }
                List<FieldError> expected = sorted(BEAN_VALIDATION.validate(request).stream().map(FieldError::of).toList());
                List<FieldError> found = new ArrayList<>();
                ContractCheck.check(request, "", found);
                assertEquals(expected, sorted(found), variant.toString().substring(0, 200));
                compared++;
                broken += expected.isEmpty() ? 0 : 1;
            }
        }
        assertTrue(broken > 300, "only " + broken + " broken requests compared of " + compared);
    }

    /** Adds a copy of {@code root} for every field of {@code node} set to each bad value, and lists grown too long or holding null. */
    private static void breakEach(ObjectNode root, JsonNode node, List<ObjectNode> variants) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                for (JsonNode bad : BAD_VALUES) {
                    JsonNode before = field.getValue();
                    object.set(field.getKey(), bad);
                    variants.add(root.deepCopy());
                    object.set(field.getKey(), before);
                }
                breakEach(root, field.getValue(), variants);
            }
        } else if (node instanceof ArrayNode array && !array.isEmpty()) {
            array.addNull();
            variants.add(root.deepCopy());
            array.remove(array.size() - 1);
            JsonNode first = array.get(0);
            while (array.size() <= 500) {
                array.add(first);
            }
            variants.add(root.deepCopy());
            while (array.size() > 1 && array.get(array.size() - 1) == first) {
                array.remove(array.size() - 1);
            }
            for (JsonNode element : array) {
                breakEach(root, element, variants);
            }
        }
    }

    private static List<FieldError> sorted(List<FieldError> errors) {
        return errors.stream().sorted(Comparator.comparing(FieldError::pointer).thenComparing(FieldError::detail)).toList();
    }
}
