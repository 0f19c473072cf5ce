package com.commitment.advisor.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.TestUsers;
import com.commitment.advisor.advice.FullDeals;
import com.commitment.advisor.cli.AdvisorCli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The service with Kafka on, against an embedded KRaft broker: 10 000 deal-change events (full deals, half in
 * Chinese) produced, 10 000 answers read back (committed transactions only), each the batch command's answer for
 * the same deal but for its decision id.
 */
@SpringBootTest(properties = {"advisor.kafka.enabled=true", "advisor.kafka.user=" + TestUsers.REP})
@EmbeddedKafka(partitions = 2, topics = {"deal-changes", "deal-advice", "deal-changes-dead-letters"},
        bootstrapServersProperty = "spring.kafka.bootstrap-servers",
        brokerProperties = {"transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1",
            "group.initial.rebalance.delay.ms=0"})
class KafkaEndToEndTest {

    private static final int EVENTS = 10_000;
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final JsonMapper JSON = FullDeals.JSON;

    @DynamicPropertySource
    static void freshDataDirectory(DynamicPropertyRegistry registry) {
        Path dir = Path.of("target", "kafka-e2e-" + UUID.randomUUID()).toAbsolutePath();
        registry.add("advisor.data-dir", dir::toString);
    }

    @Value("${spring.kafka.bootstrap-servers}")
    String brokers;

    @TempDir
    Path dir;

    @Test
    void tenThousandEventsGetTheBatchCommandsAnswers() throws Exception {
        FullDeals deals = new FullDeals(Path.of("fixtures"), 23);
        Map<String, List<String>> lines = Map.of("en", new ArrayList<>(), "zh", new ArrayList<>());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5), new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < EVENTS; i++) {
                String language = i % 2 == 0 ? "en" : "zh";
                ObjectNode request = deals.next(i, language);
                String line = JSON.writeValueAsString(request);
                lines.get(language).add(line);
                ProducerRecord<String, byte[]> event = new ProducerRecord<>("deal-changes",
                        request.get("deal").get("id").asString(), line.getBytes(StandardCharsets.UTF_8));
                event.headers().add(EventHeaders.LANGUAGE, language.getBytes(StandardCharsets.UTF_8));
                producer.send(event);
            }
        }
        Map<String, JsonNode> streamed = readAnswers();
        Map<String, JsonNode> batch = batchAnswers(lines);

        assertThat(streamed).hasSize(EVENTS);
        assertThat(batch).hasSize(EVENTS);
        for (Map.Entry<String, JsonNode> answer : streamed.entrySet()) {
            assertThat(answer.getValue()).as(answer.getKey()).isEqualTo(batch.get(answer.getKey()));
        }
    }

    /** The batch command's answers per deal id, less their decision ids. */
    private Map<String, JsonNode> batchAnswers(Map<String, List<String>> lines) throws Exception {
        Map<String, JsonNode> answers = new HashMap<>();
        for (Map.Entry<String, List<String>> language : lines.entrySet()) {
            Path in = Files.write(dir.resolve(language.getKey() + ".jsonl"), language.getValue());
            Path out = dir.resolve(language.getKey() + "-answers.jsonl");
            assertThat(AdvisorCli.run("batch", in.toString(), out.toString(), "--lang", language.getKey())).isZero();
            for (String line : Files.readAllLines(out)) {
                ObjectNode answer = (ObjectNode) JSON.readTree(line);
                answer.remove("decisionId");
                answers.put(answer.get("dealId").asString(), answer);
            }
        }
        return answers;
    }

    /** Every committed answer per deal id, less the decision id and where its event was read. */
    private Map<String, JsonNode> readAnswers() {
        Map<String, JsonNode> answers = new HashMap<>();
        Instant deadline = Instant.now().plus(WAIT);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers, ConsumerConfig.GROUP_ID_CONFIG, "e2e-reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("deal-advice"));
            while (answers.size() < EVENTS && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    ObjectNode answer = (ObjectNode) JSON.readTree(record.value());
                    assertThat(answer.remove("offset")).as("the event's offset").isNotNull();
                    assertThat(answer.remove("partition").asInt()).isEqualTo(record.partition());
                    answer.remove("decisionId");
                    assertThat(answers.put(record.key(), answer)).as("one answer per event").isNull();
                }
            }
        }
        return answers;
    }
}
