package com.commitment.advisor.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every part of the method a rule names ({@code §specific}) is a section of docs/method.md, so a reader finds it. */
class MethodSectionsTest {

    private static final Pattern HEADING = Pattern.compile("(?m)^## .*\\((§[\\w-]+)\\)$");

    @Test
    void everySectionARuleNamesIsInTheMethod() throws IOException {
        Matcher headings = HEADING.matcher(Files.readString(Path.of("docs/method.md")));
        Set<String> sections = headings.results().map(m -> m.group(1)).collect(Collectors.toSet());
        assertThat(sections).hasSize(5);
        Set<String> named = RuleSetLoader.load(Path.of("rules")).notes().values().stream().map(RuleNote::method)
                .collect(Collectors.toSet());
        assertThat(sections).containsAll(named);
    }
}
