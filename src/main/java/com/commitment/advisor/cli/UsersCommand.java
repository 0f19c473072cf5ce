package com.commitment.advisor.cli;

import com.commitment.advisor.advice.FieldError;
import com.commitment.advisor.advice.InvalidRequestException;
import com.commitment.advisor.security.AdvisorUser;
import com.commitment.advisor.security.AuditLog;
import com.commitment.advisor.security.Passwords;
import com.commitment.advisor.security.UserRole;
import com.commitment.advisor.security.UserStore;
import com.commitment.advisor.security.Users;
import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.ErrorResponseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The service's users, on its database (also while it runs): add one, list them, change a role, reset a password.
 * A password is read from standard input with {@code --password-stdin}, never from the command line (other users
 * of the machine could read it there); without it a random one is made and printed once.
 */
@Command(name = "users", description = "Add, list and change the users who may sign in to the service.",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.SetRole.class,
                UsersCommand.ResetPassword.class})
final class UsersCommand {

    /** What every subcommand shares: the database, and a way to run against the users on it. */
    static class OnDatabase {

        @Mixin
        DatabaseOption database;

        @Spec
        CommandSpec spec;

        interface Work {
            void on(Users users, PrintWriter out) throws IOException;
        }

        /** 0 done, 1 refused (no such user, already exists), 2 invalid input, 3 the database cannot be opened. */
        int run(Work work) throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (HikariDataSource opened = database.open(err)) {
                if (opened == null) {
                    return 3;
                }
                JdbcClient db = JdbcClient.create(opened);
                Clock clock = Clock.systemUTC();
                work.on(new Users(new UserStore(db), Passwords.encoder(10), new AuditLog(db, clock), clock), out);
                out.flush();
                return 0;
            } catch (InvalidRequestException e) {
                for (FieldError error : e.errors()) {
                    err.println(error.pointer().replace("/", "") + ": " + error.detail());
                }
                err.flush();
                return 2;
            } catch (ErrorResponseException e) {
                err.println(e.getBody().getDetail());
                err.flush();
                return 1;
            }
        }

        static String actor() {
            return "cli:" + System.getProperty("user.name");
        }
    }

    /** {@code --password-stdin}: the password from standard input; without it, none (a random one is made). */
    static class PasswordOption {

        @Option(names = "--password-stdin", description = "read the password from the first line of standard input")
        boolean fromStdin;

        String password() throws IOException {
            if (!fromStdin) {
                return null;
            }
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? "" : line;
        }
    }

    @Command(name = "add", description = "Add a user; prints the password to sign in with.")
    static final class Add extends OnDatabase implements Callable<Integer> {

        @Parameters(index = "0", description = "user name: letters, digits or . _ @ -")
        String name;

        @Option(names = "--role", required = true, description = "REP, MANAGER, SALES_OPS or ADMIN")
        UserRole role;

        @Option(names = "--manager", description = "for a REP: the MANAGER user who sees their deals")
        String manager;

        @Mixin
        PasswordOption password;

        @Override
        public Integer call() throws IOException {
            return run((users, out) -> {
                Users.Added added = users.add(actor(), name, role, manager, password.password());
                out.println("added " + added.user().name() + " (" + added.user().role() + ")");
                if (!password.fromStdin) {
                    out.println("password: " + added.password());
                }
            });
        }
    }

    @Command(name = "list", description = "List the users: name, role, manager.")
    static final class ListUsers extends OnDatabase implements Callable<Integer> {

        @Override
        public Integer call() throws IOException {
            return run((users, out) -> {
                out.printf("%-24s %-10s %-24s %s%n", "NAME", "ROLE", "MANAGER", "CREATED");
                for (AdvisorUser user : users.all()) {
                    out.printf("%-24s %-10s %-24s %s%n", user.name(), user.role(),
                            user.manager() == null ? "-" : user.manager(), user.createdAt());
                }
            });
        }
    }

    @Command(name = "set-role", description = "Change a user's role (and a rep's manager).")
    static final class SetRole extends OnDatabase implements Callable<Integer> {

        @Parameters(index = "0", description = "user name")
        String name;

        @Parameters(index = "1", description = "REP, MANAGER, SALES_OPS or ADMIN")
        UserRole role;

        @Option(names = "--manager", description = "for a REP: the MANAGER user who sees their deals")
        String manager;

        @Override
        public Integer call() throws IOException {
            return run((users, out) -> {
                AdvisorUser user = users.setRole(actor(), name, role, manager);
                out.println(user.name() + " is now " + user.role()
                        + (user.manager() == null ? "" : ", managed by " + user.manager()));
            });
        }
    }

    @Command(name = "reset-password", description = "Set a new password; prints it unless read from stdin.")
    static final class ResetPassword extends OnDatabase implements Callable<Integer> {

        @Parameters(index = "0", description = "user name")
        String name;

        @Mixin
        PasswordOption password;

        @Override
        public Integer call() throws IOException {
            return run((users, out) -> {
                String chosen = users.resetPassword(actor(), name, password.password());
                out.println("password of " + name + " reset");
                if (!password.fromStdin) {
                    out.println("password: " + chosen);
                }
            });
        }
    }
}
