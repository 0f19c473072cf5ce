package com.commitment.advisor.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.TestUsers;
import com.commitment.advisor.advice.FullDeals;
import com.commitment.advisor.backtest.GeneratedDeals;
import com.commitment.advisor.cli.AdvisorCli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The service with Kafka on, against an embedded KRaft broker: 10 000 deal-change events (half in Chinese, one in
 * ten a full deal) produced, 10 000 answers read back (committed transactions only), each the batch command's answer
 * for the same deal but for its decision id.
 */
@SpringBootTest(properties = {"advisor.kafka.enabled=true", "advisor.kafka.user=" + TestUsers.REP,
    "spring.kafka.streams.properties.num.stream.threads=2"})
@EmbeddedKafka(partitions = 2, topics = {"deal-changes", "deal-advice", "deal-changes-dead-letters"},
        bootstrapServersProperty = "spring.kafka.bootstrap-servers",
        brokerProperties = {"transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1",
            "group.initial.rebalance.delay.ms=0"})
@DirtiesContext // the broker and the stream stop after this class, not with the last test of the run
class KafkaEndToEndTest {

    private static final int EVENTS = 10_000;
    private static final int FULL = 1_000;
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
        Map<String, Path> requests = requests();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5), new StringSerializer(), new ByteArraySerializer())) {
            for (Map.Entry<String, Path> language : requests.entrySet()) {
                for (String line : Files.readAllLines(language.getValue())) {
                    ProducerRecord<String, byte[]> event = new ProducerRecord<>("deal-changes",
                            JSON.readTree(line).get("deal").get("id").asString(), line.getBytes(StandardCharsets.UTF_8));
                    event.headers().add(EventHeaders.LANGUAGE, language.getKey().getBytes(StandardCharsets.UTF_8));
                    producer.send(event);
                }
            }
        }

        Map<String, JsonNode> streamed = readAnswers();
        Map<String, JsonNode> batch = batchAnswers(requests);

        assertThat(streamed).hasSize(EVENTS);
        assertThat(batch).hasSize(EVENTS);
        for (Map.Entry<String, JsonNode> answer : streamed.entrySet()) {
            assertThat(answer.getValue()).as(answer.getKey()).isEqualTo(batch.get(answer.getKey()));
        }
    }

    /**
     * The requests per language, one per line: generated deals of every kind the backtest knows, and one in ten a
     * full deal (ten people, twenty history rows, a plan and a debrief).
     */
    private Map<String, Path> requests() throws Exception {
        GeneratedDeals generated = new GeneratedDeals(EVENTS - FULL, 23);
        FullDeals full = new FullDeals(Path.of("fixtures"), 23);
        Map<String, Path> requests = new TreeMap<>();
        for (String language : List.of("en", "zh")) {
            Path file = generated.write(language, dir.resolve(language + ".jsonl"));
            for (int i = 0; i < FULL / 2; i++) {
                Files.writeString(file, JSON.writeValueAsString(full.next(i, language)) + "\n",
                        StandardOpenOption.APPEND);
            }
            requests.put(language, file);
        }
        return requests;
    }

    /** The batch command's answers per deal id, less their decision ids. */
    private Map<String, JsonNode> batchAnswers(Map<String, Path> requests) throws Exception {
        Map<String, JsonNode> answers = new HashMap<>();
        for (Map.Entry<String, Path> language : requests.entrySet()) {
            Path in = language.getValue();
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
