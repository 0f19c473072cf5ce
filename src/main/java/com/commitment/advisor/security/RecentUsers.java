package com.commitment.advisor.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserCache;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Users who signed in lately, kept for a short while, so an API client's every call does not read the database
 * (and advice still answers while the database is away). A password that does not match the kept hash is looked
 * up again at once; a role changed by the {@code users} command applies once the entry expires. Copies go in and
 * out, since Spring Security erases the password of the user it signed in.
 */
final class RecentUsers implements UserCache {

    private final Cache<String, UserDetails> users;

    RecentUsers(Duration keep) {
        this.users = Caffeine.newBuilder().expireAfterWrite(keep).maximumSize(10_000).build();
    }

    @Override
    public UserDetails getUserFromCache(String name) {
        UserDetails kept = users.getIfPresent(name);
        return kept == null ? null : User.withUserDetails(kept).build();
    }

    @Override
    public void putUserInCache(UserDetails user) {
        users.put(user.getUsername(), User.withUserDetails(user).build());
    }

    @Override
    public void removeUserFromCache(String name) {
        users.invalidate(name);
    }
}
