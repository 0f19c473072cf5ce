package com.commitment.advisor.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.profile.Api;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The first start on an empty database makes an admin whose random password is in a file only its OS user reads,
 * and nowhere in the log. The output is captured from before the service starts (the class's capture), so the
 * start's own log lines are in it.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class InitialAdminTest {

    static final Path DATA = Path.of("target", "initial-admin-" + UUID.randomUUID()).toAbsolutePath();

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        registry.add("advisor.data-dir", DATA::toString);
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:file:" + DATA.resolve("advisor") + ";WRITE_DELAY=0;AUTO_SERVER=TRUE");
    }

    @LocalServerPort
    int port;

    @Autowired
    InitialAdmin initialAdmin;

    @Test
    void theFirstStartMakesAnAdminWhosePasswordIsInItsFileOnly(CapturedOutput output) throws Exception {
        Path file = DATA.resolve("initial-admin-password");
        assertThat(file).exists();
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String password = Files.readString(file).strip();
        assertThat(password).hasSizeGreaterThanOrEqualTo(20).doesNotContainAnyWhitespaces();

        Api admin = new Api(port).as("admin", password);
        assertThat(admin.get("/api/v1/users").status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/me").body().get("role").asString()).isEqualTo("ADMIN");
        assertThat(new Api(port).as("admin", password + "x").get("/api/v1/me").status()).isEqualTo(401);

        assertThat(output.getAll()).as("the start's log was captured")
                .contains("No users yet: created user 'admin'", file.toString());
        assertThat(output.getAll()).doesNotContain(password);

        initialAdmin.run(new DefaultApplicationArguments());
        assertThat(Files.readString(file).strip()).as("a start with users leaves the file alone").isEqualTo(password);
        assertThat(admin.get("/api/v1/users").status()).isEqualTo(200);
        assertThat(output.getAll()).doesNotContain(password);
    }
}
