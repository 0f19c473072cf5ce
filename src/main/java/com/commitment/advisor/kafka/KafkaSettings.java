package com.commitment.advisor.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the advice on deal-change events ({@code advisor.kafka.*}); the broker and the stream's own settings
 * are Spring Boot's {@code spring.kafka.*}.
 *
 * @param enabled         run the stream; off, the service starts nothing of Kafka
 * @param requestsTopic   the deal-change events, keyed by deal id, each a request of {@code POST /api/v1/advice}
 * @param answersTopic    the answers, keyed by deal id, each the HTTP answer plus the event's partition and offset
 * @param deadLetterTopic the events that could not be advised, as they came, with the reason in their headers
 * @param user            the user an event without a {@code rep} header is advised for
 */
@ConfigurationProperties("advisor.kafka")
public record KafkaSettings(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("deal-changes") String requestsTopic,
        @DefaultValue("deal-advice") String answersTopic,
        @DefaultValue("deal-changes-dead-letters") String deadLetterTopic,
        @DefaultValue("crm") String user) {
}
