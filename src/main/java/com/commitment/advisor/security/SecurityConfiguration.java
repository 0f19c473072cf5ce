package com.commitment.advisor.security;

import com.commitment.advisor.system.AdvisorProperties;
import jakarta.servlet.Filter;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.util.StringUtils;

/**
 * Who may call what. The page signs in with a form (a session cookie, CSRF-protected); API clients send HTTP Basic,
 * or a bearer JWT when {@code spring.security.oauth2.resourceserver.jwt.*} names an identity provider; automation
 * may send the admin token to the rules endpoints. Whose deals a caller sees is decided further in, by
 * {@link Access}; here each endpoint is closed to the roles that may not call it at all.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

    private static final String REP = UserRole.REP.name();
    private static final String MANAGER = UserRole.MANAGER.name();
    private static final String SALES_OPS = UserRole.SALES_OPS.name();
    private static final String ADMIN = UserRole.ADMIN.name();

    /** What the page may load: its own scripts and styles only, never inline ones, and never inside a frame. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecuritySettings settings,
            AdvisorProperties properties, LoginThrottle loginThrottle, SignedOut signedOut,
            ObjectProvider<JwtDecoder> jwt) {
        AdminToken adminToken = new AdminToken(properties.adminToken());
        var api = new OrRequestMatcher(PathPatternRequestMatcher.pathPattern("/api/**"),
                PathPatternRequestMatcher.pathPattern("/actuator/**"));
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                .requestMatchers("/actuator/**").hasRole(ADMIN)
                .requestMatchers(HttpMethod.GET, "/login.html", "/*.js", "/*.css", "/favicon.ico", "/examples/**",
                        "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                .requestMatchers("/api/v1/me").hasAnyRole(REP, MANAGER, SALES_OPS, ADMIN)
                .requestMatchers(HttpMethod.POST, "/api/v1/advice").hasAnyRole(UserRole.ASK_FOR_ADVICE.stream()
                        .map(UserRole::name).toArray(String[]::new))
                // A report counts (never lists) answers and outcomes: a manager gets their reps' share of it.
                .requestMatchers(HttpMethod.GET, "/api/v1/rules/effectiveness").hasAnyRole(MANAGER, SALES_OPS)
                .requestMatchers("/api/v1/rules", "/api/v1/rules/**").hasAnyRole(SALES_OPS, ADMIN)
                .requestMatchers("/api/v1/users", "/api/v1/users/**", "/api/v1/audit").hasRole(ADMIN)
                .requestMatchers(HttpMethod.GET, "/api/v1/feedback", "/api/v1/decisions/*",
                        "/api/v1/deals/*/decisions", "/api/v1/deals/*/feedback").hasAnyRole(REP, MANAGER, SALES_OPS)
                .requestMatchers(HttpMethod.POST, "/api/v1/deals/*/feedback").hasRole(REP)
                .requestMatchers(HttpMethod.PUT, "/api/v1/deals/*/rep").hasAnyRole(MANAGER, ADMIN)
                .requestMatchers(HttpMethod.POST, "/api/v1/deals/*/advice").hasAnyRole(REP, MANAGER)
                .requestMatchers(HttpMethod.GET, "/api/v1/deals", "/api/v1/deals/*").hasAnyRole(REP, MANAGER, ADMIN)
                .requestMatchers(HttpMethod.PUT, "/api/v1/deals/*").hasRole(REP)
                .requestMatchers(HttpMethod.GET, "/api/v1/customers/**").hasAnyRole(REP, MANAGER, ADMIN)
                .requestMatchers(HttpMethod.POST, "/api/v1/customers/**").hasRole(REP)
                .requestMatchers(HttpMethod.PUT, "/api/v1/customers/**").hasRole(REP)
                .anyRequest().authenticated())
                // Sign-in always leads to the one page, so no request is kept to return to: a call refused for want
                // of credentials leaves no session behind.
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .formLogin(form -> form.loginPage("/login.html").loginProcessingUrl("/login")
                        .defaultSuccessUrl("/", true).failureUrl("/login.html?error").permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login.html?signed-out"))
                .httpBasic(basic -> basic.authenticationEntryPoint(ProblemAnswers.notSignedIn()))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(ProblemAnswers.notSignedIn(), api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login.html"),
                                AnyRequestMatcher.INSTANCE)
                        .accessDeniedHandler(ProblemAnswers.forbidden()))
                // A request that carries its own credentials cannot be forged by another site's page: a browser
                // adds cookies by itself, never an Authorization header (and our JSON bodies need CORS, not given).
                // The token lives in the XSRF-TOKEN cookie, and the page sends the cookie's value as it is: as the
                // X-XSRF-TOKEN header from scripts, as the _csrf field from the sign-in and sign-out forms. So the
                // plain handler, not csrf.spa()'s, which takes only the header as it is and expects a form field
                // masked per response (BREACH), which a static page cannot have: every form post would be refused.
                // No response body ever holds the token, so there is nothing for BREACH to read anyway.
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .addFilterAfter(signedOut, SecurityContextHolderFilter.class)
                .addFilterAfter(new CsrfCookie(), CsrfFilter.class)
                .addFilterBefore(loginThrottle, UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(adminToken, UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new AdviceBudget(settings.advicePerMinute()), AuthorizationFilter.class)
                .addFilterAfter(new LargeAdviceGate(settings.largeAdviceBytes(), settings.largeAdviceAtOnce(),
                        settings.largeAdviceWait()), AdviceBudget.class);
        if (jwt.getIfAvailable() != null) {
            DefaultBearerTokenResolver bearer = new DefaultBearerTokenResolver();
            http.oauth2ResourceServer(server -> server
                    .bearerTokenResolver(request -> {
                        String token = bearer.resolve(request);
                        return adminToken.matches(token) ? null : token;
                    })
                    .authenticationEntryPoint(ProblemAnswers.notSignedIn())
                    .jwt(token -> token.jwtAuthenticationConverter(jwtRoles(settings))));
        }
        return http.build();
    }

    /**
     * A JWT's roles from the configured claim (REP, ..., as ROLE_REP, ...), its user from the configured claim. A
     * token without that user claim is refused: signed in with no name, its caller would own deals nobody sees and
     * spend no advice budget.
     */
    private static Converter<Jwt, AbstractAuthenticationToken> jwtRoles(SecuritySettings settings) {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(settings.jwtRolesClaim());
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        converter.setPrincipalClaimName(settings.jwtUserClaim());
        return jwt -> {
            if (!StringUtils.hasText(jwt.getClaimAsString(settings.jwtUserClaim()))) {
                throw new InvalidBearerTokenException("The token has no '" + settings.jwtUserClaim()
                        + "' claim (advisor.security.jwt-user-claim)");
            }
            return converter.convert(jwt);
        };
    }

    /** A user whose role or password an admin changes is signed out of the page at once (UserController). */
    @Bean
    SignedOut signedOut(@Value("${server.servlet.session.timeout:30m}") Duration sessionTimeout) {
        return new SignedOut(sessionTimeout);
    }

    @Bean
    FilterRegistrationBean<SignedOut> signedOutOutsideTheChain(SignedOut signedOut) {
        return onlyInTheChain(signedOut);
    }

    @Bean
    LoginThrottle loginThrottle(SecuritySettings settings) {
        return new LoginThrottle(settings.loginFailures(), settings.loginPause());
    }

    @Bean
    FilterRegistrationBean<LoginThrottle> loginThrottleOutsideTheChain(LoginThrottle throttle) {
        return onlyInTheChain(throttle);
    }

    /**
     * A filter that is a bean (to hear events, or to be told of changes) runs inside Spring Security's chain only,
     * not a second time as a servlet filter of its own, as Spring Boot would register it.
     */
    private static <F extends Filter> FilterRegistrationBean<F> onlyInTheChain(F filter) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    PasswordEncoder passwordEncoder(SecuritySettings settings) {
        return Passwords.encoder(settings.bcryptStrength());
    }

    @Bean
    UserStore userStore(JdbcClient db) {
        return new UserStore(db);
    }

    @Bean
    RecentUsers recentUsers(SecuritySettings settings) {
        return new RecentUsers(settings.userCache());
    }

    /**
     * Signs users in from the database, through the users kept from their last sign-in and the passwords that
     * matched lately (as long as a user is kept).
     */
    @Bean
    DaoAuthenticationProvider passwordSignIn(UserStore store, PasswordEncoder encoder, RecentUsers recent,
            SecuritySettings settings) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(new DatabaseUsers(store));
        provider.setPasswordEncoder(new RememberedPasswords(encoder, settings.userCache()));
        provider.setUserCache(recent);
        return provider;
    }

    @Bean
    AuditLog auditLog(JdbcClient db, Clock clock) {
        return new AuditLog(db, clock);
    }

    @Bean
    Users users(UserStore store, PasswordEncoder encoder, AuditLog audit, Clock clock) {
        return new Users(store, encoder, audit, clock);
    }
}
