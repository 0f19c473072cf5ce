package com.commitment.advisor.security;

import com.commitment.advisor.system.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/** The problem+json answers of the API when a caller is not signed in, or may not do what they ask. */
final class ProblemAnswers {

    private ProblemAnswers() {
    }

    /**
     * 401 with {@code WWW-Authenticate}, except for the page's own calls ({@code X-Requested-With}), so a browser
     * never pops up its sign-in dialog over the page.
     */
    static AuthenticationEntryPoint notSignedIn() {
        return (request, response, e) -> {
            if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"advisor\"");
            }
            write(response, Problems.of(HttpStatus.UNAUTHORIZED, "not-signed-in", "Not signed in",
                    "Sign in: HTTP Basic (a user name and password), a bearer token, or the page's sign-in form."),
                    request.getRequestURI());
        };
    }

    /** 403, but 401 for a caller not signed in whom the CSRF check stopped first: signing in is what they miss. */
    static AccessDeniedHandler forbidden() {
        AuthenticationEntryPoint notSignedIn = notSignedIn();
        AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();
        return (request, response, e) -> {
            Authentication caller = SecurityContextHolder.getContext().getAuthentication();
            if (e instanceof CsrfException && (caller == null || trust.isAnonymous(caller))) {
                notSignedIn.commence(request, response, new InsufficientAuthenticationException(e.getMessage()));
                return;
            }
            write(response, e instanceof CsrfException
                    ? Problems.of(HttpStatus.FORBIDDEN, "csrf", "CSRF token missing or wrong",
                            "A signed-in page must send the XSRF-TOKEN cookie's value as the X-XSRF-TOKEN header.")
                    : Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Not allowed for your role",
                            "Your role may not do this."), request.getRequestURI());
        };
    }

    static void tooMany(HttpServletResponse response, long retryAfterSeconds, String detail, String path)
            throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        write(response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "Too many requests", detail),
                path);
    }

    static void busy(HttpServletResponse response, long retryAfterSeconds, String detail, String path)
            throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        write(response, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "busy", "Busy", detail), path);
    }

    private static void write(HttpServletResponse response, ProblemDetail problem, String path) throws IOException {
        problem.setInstance(URI.create(path));
        Problems.write(response, problem);
    }
}
