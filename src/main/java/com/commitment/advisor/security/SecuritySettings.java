package com.commitment.advisor.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code advisor.security.*}: budgets and the reading of identity-provider tokens.
 *
 * @param advicePerMinute  advice calls one user may make a minute (both advice endpoints together) before 429
 * @param loginFailures    failed sign-ins for one user name, or from one address, before sign-in pauses for them
 * @param loginPause       how long sign-in pauses after that many failures, counted from the last one
 * @param userCache       how long a signed-in user's hash and role are kept in memory before the database is read
 *                         again (a role changed through the admin endpoints applies at once)
 * @param bcryptStrength   the work factor of new password hashes (the hash keeps its own, so old ones still match)
 * @param jwtRolesClaim    the claim of a bearer JWT that lists the user's roles (REP, MANAGER, SALES_OPS, ADMIN)
 * @param jwtUserClaim     the claim of a bearer JWT that holds the user name (deals are owned by that name)
 * @param largeAdviceBytes an advice body this large, or of undeclared length, is a large request
 * @param largeAdviceAtOnce large requests advised at the same time; the others wait
 * @param largeAdviceWait  how long a large request waits for its turn before 503
 */
@ConfigurationProperties("advisor.security")
public record SecuritySettings(
        @DefaultValue("120") int advicePerMinute,
        @DefaultValue("5") int loginFailures,
        @DefaultValue("15m") Duration loginPause,
        @DefaultValue("1m") Duration userCache,
        @DefaultValue("10") int bcryptStrength,
        @DefaultValue("roles") String jwtRolesClaim,
        @DefaultValue("sub") String jwtUserClaim,
        @DefaultValue("65536") long largeAdviceBytes,
        @DefaultValue("1") int largeAdviceAtOnce,
        @DefaultValue("2s") Duration largeAdviceWait) {
}
