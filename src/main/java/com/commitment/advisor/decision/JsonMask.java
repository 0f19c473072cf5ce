package com.commitment.advisor.decision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Masks personal data in a stored request: each JSON pointer ({@code /people/*}{@code /name}, {@code *} for any
 * array element or object member) has its values replaced by {@code "**masked**"}.
 */
final class JsonMask {

    static final String MASKED = "**masked**";
    private static final String ANY = "*";

    private final List<Pointer> pointers;

    private JsonMask(List<Pointer> pointers) {
        this.pointers = pointers;
    }

    private record Pointer(String text, List<String> steps) {
    }

    /** @throws IllegalArgumentException for a pointer that does not start with / */
    static JsonMask of(List<String> pointers) {
        List<Pointer> parsed = new ArrayList<>();
        for (String pointer : pointers) {
            if (!pointer.startsWith("/")) {
                throw new IllegalArgumentException("advisor.decisions.mask: '" + pointer
                        + "' is not a JSON pointer: it must start with /, e.g. /people/*/name");
            }
            parsed.add(new Pointer(pointer, Arrays.stream(pointer.substring(1).split("/", -1))
                    .map(step -> step.replace("~1", "/").replace("~0", "~")).toList()));
        }
        return new JsonMask(List.copyOf(parsed));
    }

    /** Masks {@code root} in place; the pointers that matched a value, in the order they are configured. */
    List<String> apply(JsonNode root) {
        List<String> matched = new ArrayList<>();
        for (Pointer pointer : pointers) {
            if (mask(root, pointer.steps(), 0)) {
                matched.add(pointer.text());
            }
        }
        return matched;
    }

    /** Whether a value under {@code node} was masked along {@code steps} from {@code at}; nulls hide nothing. */
    private static boolean mask(JsonNode node, List<String> steps, int at) {
        boolean last = at == steps.size() - 1;
        boolean masked = false;
        for (Slot slot : slots(node, steps.get(at))) {
            JsonNode value = slot.value();
            if (!last) {
                masked |= mask(value, steps, at + 1);
            } else if (!value.isNull()) {
                slot.mask();
                masked = true;
            }
        }
        return masked;
    }

    /** A member of an object (by name) or an element of an array (by index). */
    private record Slot(JsonNode parent, String name, int index) {

        JsonNode value() {
            return name != null ? parent.get(name) : parent.get(index);
        }

        void mask() {
            if (name != null) {
                ((ObjectNode) parent).set(name, StringNode.valueOf(MASKED));
            } else {
                ((ArrayNode) parent).set(index, StringNode.valueOf(MASKED));
            }
        }
    }

    private static List<Slot> slots(JsonNode node, String step) {
        if (node instanceof ObjectNode object) {
            List<String> names = step.equals(ANY) ? List.copyOf(object.propertyNames())
                    : object.has(step) ? List.of(step) : List.of();
            return names.stream().map(name -> new Slot(object, name, -1)).toList();
        }
        if (node instanceof ArrayNode array) {
            IntStream indexes = step.equals(ANY) ? IntStream.range(0, array.size())
                    : step.matches("0|[1-9][0-9]{0,8}") && Integer.parseInt(step) < array.size()
                            ? IntStream.of(Integer.parseInt(step)) : IntStream.empty();
            return indexes.mapToObj(i -> new Slot(array, null, i)).toList();
        }
        return List.of();
    }
}
