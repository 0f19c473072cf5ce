package com.commitment.advisor.security;

import com.commitment.advisor.profile.InputCheck;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Users, for an ADMIN: list, add, change a role (and a rep's manager), reset a password. */
@RestController
class UserController {

    private final Users users;
    private final RecentUsers recent;
    private final SignedOut signedOut;

    UserController(Users users, RecentUsers recent, SignedOut signedOut) {
        this.users = users;
        this.recent = recent;
        this.signedOut = signedOut;
    }

    @GetMapping(path = "/api/v1/users", produces = MediaType.APPLICATION_JSON_VALUE)
    List<AdvisorUser> all() {
        return users.all();
    }

    @GetMapping(path = "/api/v1/users/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
    AdvisorUser one(@PathVariable String name) {
        return users.user(name);
    }

    /** 201 with the user and the password they sign in with (shown this once: only its hash is kept). */
    @PostMapping(path = "/api/v1/users", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Users.Added add(@RequestBody UserRequest body) {
        InputCheck.require(body != null, "", "the body must be a JSON object");
        return users.add(Caller.currentName(), body.name(), body.role(), body.manager(), body.password());
    }

    @PutMapping(path = "/api/v1/users/{name}/role", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    AdvisorUser setRole(@PathVariable String name, @RequestBody UserRequest body) {
        InputCheck.require(body != null, "", "the body must be a JSON object");
        AdvisorUser changed = users.setRole(Caller.currentName(), name, body.role(), body.manager());
        signOut(name);
        return changed;
    }

    /** The new password: the one in the body, or a random one. */
    @PostMapping(path = "/api/v1/users/{name}/password", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, String> resetPassword(@PathVariable String name, @RequestBody(required = false) UserRequest body) {
        String password = users.resetPassword(Caller.currentName(), name, body == null ? null : body.password());
        signOut(name);
        return Map.of("name", name, "password", password);
    }

    /** The next call of the user signs in again: their HTTP Basic one from the database, their page's one at all. */
    private void signOut(String name) {
        recent.removeUserFromCache(name);
        signedOut.signOut(name);
    }
}
