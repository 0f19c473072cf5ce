package com.commitment.advisor.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.commitment.advisor.TestUsers;
import com.commitment.advisor.profile.Api;
import com.commitment.advisor.ruleset.RuleReloader;
import com.commitment.advisor.ruleset.RulesCopy;
import com.commitment.advisor.security.UserStore;
import com.commitment.advisor.web.AdviceService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The advice topology on the service's real beans (advice, feedback, decision log, rules), driven event by event
 * with {@link TopologyTestDriver}: answers per deal in the order of its events, every kind of bad event to the
 * dead-letter topic with the reason HTTP would give while the stream goes on, a reload mid-stream, and the
 * decision log and feedback as over HTTP. The service itself runs with Kafka off, as by default.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KafkaTopologyTest {

    private static final Path ROOT = Path.of("target", "kafka-topology-" + UUID.randomUUID()).toAbsolutePath();
    private static final RulesCopy RULES = RulesCopy.of(Path.of("rules"), ROOT.resolve("rules"));
    private static final KafkaSettings SETTINGS = new KafkaSettings(true, "events", "answers", "dead", TestUsers.REP);
    /** The best ask ({@code by}, {@code action}: {@link #SELLER_ACTION} or {@link #CUSTOMER_ACTION}); a minimum. */
    private static final String PLAN = """
            {"deal": {"id": "%s", "asOf": "2026-09-20"}, "people": [{"id": "chen", "name": "Chen", "role": "UP"}],
             "plan": {"commitments": [
               {"id": "c1", "kind": "BEST", %s},
               {"id": "c2", "kind": "MINIMUM", "by": "chen", "action": "ping me by Friday"}]}}
            """;
    private static final String SELLER_ACTION = "\"by\": \"we\", \"action\": \"send the minutes tonight\"";
    private static final String CUSTOMER_ACTION =
            "\"by\": \"chen\", \"action\": \"go through the requirements with his team by 2026-09-25\"";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("advisor.rules-dir", () -> RULES.dir().toString());
        registry.add("advisor.data-dir", () -> ROOT.resolve("data").toString());
        registry.add("advisor.watch-rules", () -> "false");
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    AdviceService advice;
    @Autowired
    UserStore users;
    @Autowired
    JsonMapper json;
    @Autowired
    RuleReloader reloader;
    @LocalServerPort
    int port;

    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> events;
    private TestOutputTopic<String, byte[]> answers;
    private TestOutputTopic<String, byte[]> deadLetters;

    @BeforeEach
    void drive() {
        Topology topology = AdviceTopology.addTo(new Topology(), SETTINGS,
                new EventAdvice(advice, users, json, SETTINGS), json);
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "advisor-topology-test");
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        driver = new TopologyTestDriver(topology, config);
        events = driver.createInputTopic(SETTINGS.requestsTopic(), new StringSerializer(), new ByteArraySerializer());
        answers = driver.createOutputTopic(SETTINGS.answersTopic(), new StringDeserializer(),
                new ByteArrayDeserializer());
        deadLetters = driver.createOutputTopic(SETTINGS.deadLetterTopic(), new StringDeserializer(),
                new ByteArrayDeserializer());
    }

    @AfterEach
    void close() {
        driver.close();
    }

    @Test
    void withKafkaOffByDefaultNoKafkaBeanIsThere() {
        List<String> kafka = Arrays.stream(context.getBeanDefinitionNames())
                .filter(name -> {
                    Class<?> type = context.getType(name);
                    String of = type == null ? "" : type.getName();
                    return of.startsWith("org.apache.kafka") || of.contains(".kafka.")
                            && !of.equals(KafkaSettings.class.getName());
                }).toList();
        assertThat(kafka).isEmpty();
    }

    @Test
    void eachDealsAnswersLeaveInTheOrderOfItsEvents() {
        send("K-1", PLAN.formatted("K-1", SELLER_ACTION));
        send("K-2", PLAN.formatted("K-2", CUSTOMER_ACTION));
        send("K-1", PLAN.formatted("K-1", CUSTOMER_ACTION));
        send("K-2", PLAN.formatted("K-2", SELLER_ACTION));
        send("K-1", PLAN.formatted("K-1", SELLER_ACTION));

        List<TestRecord<String, byte[]>> out = answers.readRecordsToList();
        assertThat(out).hasSize(5);
        assertThat(deadLetters.isEmpty()).isTrue();
        assertThat(sellerActionsOf("K-1", out)).containsExactly(true, false, true);
        assertThat(sellerActionsOf("K-2", out)).containsExactly(false, true);
        List<Long> offsets = out.stream().map(r -> read(r.value()).get("offset").asLong()).toList();
        assertThat(offsets).containsExactly(0L, 1L, 2L, 3L, 4L);
        JsonNode first = read(out.get(0).value());
        assertThat(first.get("partition").asInt()).isZero();
        assertThat(first.get("dealId").asString()).isEqualTo("K-1");
        assertThat(first.get("ruleset").asString()).isEqualTo(reloader.holder().get().version());
        assertThat(first.get("decisionId").asString()).isNotBlank();
    }

    @Test
    void aBadEventGoesToTheDeadLetterTopicWithTheReasonAndTheStreamGoesOn() throws Exception {
        Api api = new Api(port);
        List<String> unreadable = List.of("{\"deal\": {\"id\": \"K-B1\"", "[1, 2]",
                "{\"deal\": {\"id\": \"K-B1\", \"stage\": \"HAGGLING\"}}",
                "{\"deal\": {\"id\": \"K-B1\"}, \"people\": [{\"id\": \"chen\", \"influence\": 7}]}",
                "{\"deal\": {\"customer\": \"nobody's\"}}");
        for (String bad : unreadable) {
            send("K-B1", bad);
        }
        events.pipeInput(new TestRecord<>("K-B1", null, new RecordHeaders()));
        send("K-B1", PLAN.formatted("K-B1", SELLER_ACTION), "language", "fr");
        send("K-B1", PLAN.formatted("K-B1", SELLER_ACTION), "rep", "nobody");
        send("K-B1", PLAN.formatted("K-B1", SELLER_ACTION), "rep", TestUsers.ADMIN);
        send("K-B2", PLAN.formatted("K-B1", SELLER_ACTION));
        send("K-B1", PLAN.formatted("K-B1", SELLER_ACTION));

        assertThat(answers.readKeyValuesToList()).hasSize(1).allSatisfy(answer -> assertThat(answer.key)
                .isEqualTo("K-B1"));
        List<TestRecord<String, byte[]>> dead = deadLetters.readRecordsToList();
        assertThat(dead).hasSize(unreadable.size() + 5);
        for (int i = 0; i < unreadable.size(); i++) {
            JsonNode problem = api.post("/api/v1/advice", unreadable.get(i)).body();
            TestRecord<String, byte[]> letter = dead.get(i);
            assertThat(header(letter.headers(), "reason")).as(unreadable.get(i))
                    .isEqualTo(problem.get("detail").asString());
            assertThat(json.readTree(header(letter.headers(), "errors"))).isEqualTo(problem.get("errors"));
            assertThat(new String(letter.value(), StandardCharsets.UTF_8)).isEqualTo(unreadable.get(i));
            assertThat(header(letter.headers(), "event-offset")).isEqualTo(Integer.toString(i));
            assertThat(header(letter.headers(), "event-topic")).isEqualTo(SETTINGS.requestsTopic());
        }
        assertThat(header(dead.get(3).headers(), "reason"))
                .isEqualTo("1 invalid field(s): /people/0/influence must be less than or equal to 2");
        assertThat(dead.subList(unreadable.size(), dead.size())).extracting(r -> header(r.headers(), "reason"))
                .satisfiesExactly(
                        empty -> assertThat(empty).isEqualTo("the body must be a JSON object"),
                        french -> assertThat(french).startsWith("unknown language 'fr'"),
                        nobody -> assertThat(nobody).startsWith("no user 'nobody' who may ask for advice"),
                        admin -> assertThat(admin).startsWith("no user '" + TestUsers.ADMIN + "' who may ask"),
                        key -> assertThat(key).startsWith("the key 'K-B2' is not deal.id 'K-B1'"));
        assertThat(header(dead.get(unreadable.size() + 1).headers(), "language")).as("the event's own headers kept")
                .isEqualTo("fr");
    }

    @Test
    void aReloadMidStreamIsServedFromTheNextEventOn() {
        String before = reloader.holder().get().version();
        send("K-R", PLAN.formatted("K-R", CUSTOMER_ACTION));
        RULES.write("lexicon/vague-phrases.csv", RULES.read("lexicon/vague-phrases.csv") + "ping me,ask,en\n");
        try {
            assertThat(reloader.reload().result().name()).isEqualTo("SWAPPED");
            String after = reloader.holder().get().version();
            send("K-R", PLAN.formatted("K-R", CUSTOMER_ACTION));

            List<JsonNode> out = answers.readValuesToList().stream().map(this::read).toList();
            assertThat(out).extracting(a -> a.get("ruleset").asString()).containsExactly(before, after);
            assertThat(codes(out.get(0))).doesNotContain("COMMITMENT_VAGUE");
            assertThat(codes(out.get(1))).contains("COMMITMENT_VAGUE");
        } finally {
            RULES.write("lexicon/vague-phrases.csv", RULES.read("lexicon/vague-phrases.csv")
                    .replace("ping me,ask,en\n", ""));
            reloader.reload();
        }
    }

    @Test
    void answersAreLoggedForTheirRepAndTheRepsFeedbackHidesWhatItHides() throws Exception {
        send("K-F", PLAN.formatted("K-F", SELLER_ACTION), "rep", TestUsers.REP_SAME_MANAGER);
        JsonNode first = read(answers.readValue());
        String key = find(first, "COMMITMENT_SELLER_ACTION").get("key").asString();
        Api rep = new Api(port).as(TestUsers.REP_SAME_MANAGER);

        JsonNode logged = awaitDecision(rep, first.get("decisionId").asString());
        assertThat(logged.get("source").asString()).isEqualTo("EVENT");
        assertThat(logged.get("askedBy").asString()).isEqualTo(TestUsers.REP_SAME_MANAGER);
        assertThat(logged.get("request")).isEqualTo(json.readTree(PLAN.formatted("K-F", SELLER_ACTION)));

        assertThat(rep.post("/api/v1/deals/K-F/feedback", """
                {"key": "%s", "status": "DONE"}""".formatted(key)).status()).isEqualTo(201);
        send("K-F", PLAN.formatted("K-F", SELLER_ACTION), "rep", TestUsers.REP_SAME_MANAGER);
        JsonNode again = read(answers.readValue());
        assertThat(codes(again)).doesNotContain("COMMITMENT_SELLER_ACTION");
        assertThat(again.get("suppressed").get(0).get("key").asString()).isEqualTo(key);

        send("K-F", PLAN.formatted("K-F", SELLER_ACTION), "rep", TestUsers.REP_OTHER_MANAGER);
        assertThat(codes(read(answers.readValue()))).as("another rep's feedback is not theirs")
                .contains("COMMITMENT_SELLER_ACTION");
    }

    private JsonNode awaitDecision(Api api, String decisionId) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            Api.Reply reply = api.get("/api/v1/decisions/" + decisionId);
            if (reply.status() == 200 || Instant.now().isAfter(deadline)) {
                assertThat(reply.status()).as("logged within the flush interval").isEqualTo(200);
                return reply.body();
            }
            Thread.sleep(100);
        }
    }

    private void send(String key, String value, String... headers) {
        Headers with = new RecordHeaders();
        for (int i = 0; i < headers.length; i += 2) {
            with.add(headers[i], headers[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        events.pipeInput(new TestRecord<>(key, value.getBytes(StandardCharsets.UTF_8), with));
    }

    private List<Boolean> sellerActionsOf(String dealId, List<TestRecord<String, byte[]>> out) {
        List<Boolean> seen = new ArrayList<>();
        for (TestRecord<String, byte[]> answer : out) {
            if (answer.key().equals(dealId)) {
                seen.add(codes(read(answer.value())).contains("COMMITMENT_SELLER_ACTION"));
            }
        }
        return seen;
    }

    private JsonNode read(byte[] value) {
        return json.readTree(value);
    }

    private static List<String> codes(JsonNode answer) {
        return answer.get("recommendations").findValuesAsString("code");
    }

    private static JsonNode find(JsonNode answer, String code) {
        for (JsonNode r : answer.get("recommendations")) {
            if (r.get("code").asString().equals(code)) {
                return r;
            }
        }
        throw new AssertionError(code + " not in " + answer);
    }

    private static String header(Headers headers, String name) {
        return headers.lastHeader(name) == null ? null
                : new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
