package com.commitment.advisor.effectiveness;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The report on the default database, an embedded H2 file, fresh for this run; the command line goes through it. */
class RuleEffectivenessOnH2Test extends RuleEffectivenessTest {

    private static final Path DIR = Path.of("target", "effectiveness-h2-" + UUID.randomUUID()).toAbsolutePath();

    @DynamicPropertySource
    static void freshDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("advisor.data-dir", DIR::toString);
    }

    @Override
    List<String> databaseOptions() {
        return List.of("--db-url", "jdbc:h2:file:" + DIR.resolve("advisor") + ";WRITE_DELAY=0;AUTO_SERVER=TRUE");
    }
}
