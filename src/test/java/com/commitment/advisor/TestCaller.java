package com.commitment.advisor;

import com.commitment.advisor.security.UserRole;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs a service call as a signed-in rep would, for tests that call a service without HTTP. */
public final class TestCaller {

    private TestCaller() {
    }

    public static <T> T as(String rep, Supplier<T> call) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(rep,
                null, List.of(new SimpleGrantedAuthority(UserRole.REP.authority()))));
        try {
            return call.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
