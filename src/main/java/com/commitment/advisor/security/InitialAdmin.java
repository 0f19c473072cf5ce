package com.commitment.advisor.security;

import com.commitment.advisor.system.AdvisorProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a first start with no users, creates {@code admin} with a random password, written once to
 * {@code <data-dir>/initial-admin-password} (readable by this OS user only) and never to the log. The file is
 * written before the user, so a start that fails between the two leaves no admin whose password nobody has.
 */
@Component
@Order(0)
class InitialAdmin implements ApplicationRunner {

    static final String FILE = "initial-admin-password";
    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final Users users;
    private final UserStore store;
    private final Path file;

    InitialAdmin(Users users, UserStore store, AdvisorProperties properties) {
        this.users = users;
        this.store = store;
        this.file = properties.dataDir().resolve(FILE);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (store.count() > 0) {
            return;
        }
        String password = Users.randomPassword();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the initial admin password to " + file, e);
        }
        users.add("first-start", "admin", UserRole.ADMIN, null, password);
        log.warn("No users yet: created user 'admin' with a random password, in {} (readable by this OS user only). "
                + "Add users with: java -jar target/advisor.jar users add NAME --role REP", file.toAbsolutePath());
    }
}
