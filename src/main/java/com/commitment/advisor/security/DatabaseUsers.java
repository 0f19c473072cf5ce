package com.commitment.advisor.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Signs users in from the {@code app_user} table: their password hash and their one role. */
final class DatabaseUsers implements UserDetailsService {

    private final UserStore store;

    DatabaseUsers(UserStore store) {
        this.store = store;
    }

    @Override
    public UserDetails loadUserByUsername(String name) {
        UserStore.WithPassword found = store.withPassword(name)
                .orElseThrow(() -> new UsernameNotFoundException("no user " + name));
        return User.withUsername(found.user().name()).password(found.password())
                .authorities(found.user().role().authority()).build();
    }
}
