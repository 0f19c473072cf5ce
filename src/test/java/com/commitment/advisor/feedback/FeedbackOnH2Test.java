package com.commitment.advisor.feedback;

import java.nio.file.Path;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Feedback on the default database: an embedded H2 file database, fresh for this run. */
class FeedbackOnH2Test extends FeedbackTest {

    @DynamicPropertySource
    static void freshDataDirectory(DynamicPropertyRegistry registry) {
        Path dir = Path.of("target", "feedback-h2-" + UUID.randomUUID()).toAbsolutePath();
        registry.add("advisor.data-dir", dir::toString);
    }
}
