package com.commitment.advisor.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the service ({@code advisor.*}, or environment variables such as {@code ADVISOR_RULES_DIR}).
 *
 * @param rulesDir the rules directory sales-ops edit; relative paths count from the working directory
 */
@ConfigurationProperties("advisor")
public record AdvisorProperties(@DefaultValue("rules") Path rulesDir) {
}
