package com.commitment.advisor.advice;

import com.commitment.advisor.model.Person;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The people of a request, found by id or by name as reps write them in {@code by} and {@code of}. */
final class People {

    private final Map<String, Person> byId = new HashMap<>();
    private final Map<String, Person> byKey = new HashMap<>();

    People(List<Person> people) {
        for (Person person : people) {
            byId.putIfAbsent(person.id(), person);
            byKey.putIfAbsent(key(person.id()), person);
            if (person.name() != null && !person.name().isBlank()) {
                byKey.putIfAbsent(key(person.name()), person);
            }
        }
    }

    Person find(String reference) {
        if (reference == null) {
            return null;
        }
        Person exact = byId.get(reference);
        return exact != null ? exact : byKey.get(key(reference));
    }

    /** A person of the request named in a text, and where. */
    record Mention(Person person, int at, int end) {
    }

    /** The person of the request named first in {@code text} (by id or name, whole words), null if none is. */
    Mention firstMention(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Mention first = null;
        for (Map.Entry<String, Person> named : byKey.entrySet()) {
            String key = named.getKey();
            int at = key.length() < 2 ? -1 : lower.indexOf(key);
            while (at >= 0 && !wholeWordAt(lower, at, at + key.length())) {
                at = lower.indexOf(key, at + 1);
            }
            if (at >= 0 && (first == null || at < first.at())) {
                first = new Mention(named.getValue(), at, at + key.length());
            }
        }
        return first;
    }

    /** Latin names end at word edges ("Li" is not in "delivery"); Chinese ones may stand anywhere. */
    private static boolean wholeWordAt(String text, int start, int end) {
        return !(isLatin(text, start) && isLatin(text, start - 1)) && !(isLatin(text, end - 1) && isLatin(text, end));
    }

    private static boolean isLatin(String text, int index) {
        return index >= 0 && index < text.length() && text.charAt(index) < 128
                && Character.isLetterOrDigit(text.charAt(index));
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
