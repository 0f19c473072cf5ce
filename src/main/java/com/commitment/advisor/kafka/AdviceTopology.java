package com.commitment.advisor.kafka;

import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;
import tools.jackson.databind.json.JsonMapper;

/**
 * Deal-change events in, answers and dead letters out: one source, one processor, two sinks. Values are read as
 * bytes, so an event that is no JSON reaches the processor (and the dead-letter topic) instead of stopping the
 * stream.
 */
final class AdviceTopology {

    static final String EVENTS = "deal-changes";
    static final String ADVISE = "advise";
    static final String ANSWERS = "answers";
    static final String DEAD_LETTERS = "dead-letters";

    private AdviceTopology() {
    }

    static Topology addTo(Topology topology, KafkaSettings settings, EventAdvice advice, JsonMapper json) {
        return topology
                .addSource(EVENTS, new StringDeserializer(), new ByteArrayDeserializer(), settings.requestsTopic())
                .addProcessor(ADVISE, () -> new AdviceProcessor(advice, json), EVENTS)
                .addSink(ANSWERS, settings.answersTopic(), new StringSerializer(), new ByteArraySerializer(), ADVISE)
                .addSink(DEAD_LETTERS, settings.deadLetterTopic(), new StringSerializer(), new ByteArraySerializer(),
                        ADVISE);
    }
}
