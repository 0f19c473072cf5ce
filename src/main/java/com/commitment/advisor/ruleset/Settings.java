package com.commitment.advisor.ruleset;

import com.commitment.advisor.facts.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The thresholds of {@code rules/advisor.properties}: whole numbers by name, each also a fact for the rules. */
public final class Settings {

    static final String FILE = "advisor.properties";
    public static final String MAX_FIRINGS = "engine.max-rule-firings";
    public static final String NEGATION_REACH = "language.negation-reach-words";

    private final Map<String, Integer> values;
    private final List<Setting> facts;

    private Settings(Map<String, Integer> values) {
        this.values = Map.copyOf(values);
        List<Setting> list = new ArrayList<>();
        values.forEach((name, value) -> list.add(new Setting(name, value)));
        this.facts = List.copyOf(list);
    }

    static Settings load(RuleFiles files) {
        if (!files.files().containsKey(FILE)) {
            throw new RuleSetException(FILE, 0, "missing: the thresholds of the rules live here");
        }
        Map<String, Integer> values = new TreeMap<>();
        String[] lines = files.text(FILE).split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new RuleSetException(FILE, i + 1, "expected name = whole number");
            }
            String name = line.substring(0, eq).strip();
            try {
                values.put(name, Integer.parseInt(line.substring(eq + 1).strip()));
            } catch (NumberFormatException e) {
                throw new RuleSetException(FILE, i + 1, name + " must be a whole number");
            }
        }
        if (values.getOrDefault(MAX_FIRINGS, 0) <= 0) {
            throw new RuleSetException(FILE, 0, MAX_FIRINGS + " must be set to a positive number");
        }
        if (values.getOrDefault(NEGATION_REACH, -1) < 0) {
            throw new RuleSetException(FILE, 0, NEGATION_REACH + " must be set to 0 or more");
        }
        return new Settings(values);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public int get(String name) {
        Integer value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no setting " + name + " in " + FILE);
        }
        return value;
    }

    public List<Setting> facts() {
        return facts;
    }
}
