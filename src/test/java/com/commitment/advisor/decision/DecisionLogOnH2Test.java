package com.commitment.advisor.decision;

import java.nio.file.Path;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The decision log on the default database: an embedded H2 file database, fresh for this run. */
class DecisionLogOnH2Test extends DecisionLogTest {

    @DynamicPropertySource
    static void freshDataDirectory(DynamicPropertyRegistry registry) {
        Path dir = Path.of("target", "decisions-h2-" + UUID.randomUUID()).toAbsolutePath();
        registry.add("advisor.data-dir", dir::toString);
    }
}
