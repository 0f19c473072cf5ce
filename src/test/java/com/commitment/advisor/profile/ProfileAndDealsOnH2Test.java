package com.commitment.advisor.profile;

import java.nio.file.Path;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The profile and the deal store on the default database: an embedded H2 file database, fresh for this run. */
class ProfileAndDealsOnH2Test extends ProfileAndDealsTest {

    @DynamicPropertySource
    static void freshDataDirectory(DynamicPropertyRegistry registry) {
        Path dir = Path.of("target", "profile-h2-" + UUID.randomUUID()).toAbsolutePath();
        registry.add("advisor.data-dir", dir::toString);
    }
}
