package com.commitment.advisor.kafka;

import com.commitment.advisor.security.UserStore;
import com.commitment.advisor.web.AdviceService;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.KafkaStreamsConfiguration;
import org.springframework.kafka.config.KafkaStreamsInfrastructureCustomizer;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.streams.KafkaStreamsMicrometerListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * The advice stream, only with {@code advisor.kafka.enabled=true}: Kafka Streams configured from Boot's
 * {@code spring.kafka.*} (application id: {@code spring.kafka.streams.application-id}, else
 * {@code spring.application.name}), always exactly once, started and stopped with the service.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("advisor.kafka.enabled")
@EnableConfigurationProperties(KafkaProperties.class)
class KafkaConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KafkaConfiguration.class);

    @Bean
    StreamsBuilderFactoryBean adviceStream(KafkaProperties kafka, KafkaSettings settings, Environment environment,
            AdviceService advice, UserStore users, JsonMapper json, MeterRegistry meters) {
        Map<String, Object> config = kafka.buildStreamsProperties();
        config.putIfAbsent(StreamsConfig.APPLICATION_ID_CONFIG, environment.getProperty("spring.application.name"));
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        StreamsBuilderFactoryBean stream = new StreamsBuilderFactoryBean(new KafkaStreamsConfiguration(config));
        stream.setAutoStartup(kafka.getStreams().isAutoStartup());
        EventAdvice events = new EventAdvice(advice, users, json, settings);
        stream.setInfrastructureCustomizer(new KafkaStreamsInfrastructureCustomizer() {
            @Override
            public void configureTopology(Topology topology) {
                AdviceTopology.addTo(topology, settings, events, json);
            }
        });
        // only what no event can cause gets here (the database down while a user is looked up): try again
        stream.setStreamsUncaughtExceptionHandler(e -> {
            log.error("advice stream thread failed; replaced, its events are read again", e);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        stream.addListener(new KafkaStreamsMicrometerListener(meters));
        log.info("advice on deal-change events: {} -> {} (dead letters: {}), application id {}",
                settings.requestsTopic(), settings.answersTopic(), settings.deadLetterTopic(),
                config.get(StreamsConfig.APPLICATION_ID_CONFIG));
        return stream;
    }
}
