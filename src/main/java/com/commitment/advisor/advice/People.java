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

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
