package com.commitment.advisor.kafka;

import com.commitment.advisor.kafka.Outcome.Answered;
import com.commitment.advisor.kafka.Outcome.Refused;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import tools.jackson.databind.json.JsonMapper;

/**
 * Advises each event as it comes, one at a time, so a deal's answers leave in the order of its events: the answer
 * to the answers sink, or the event as it came, with why, to the dead-letter sink. The event's headers go along.
 */
final class AdviceProcessor implements Processor<String, byte[], String, byte[]> {

    private final EventAdvice advice;
    private final JsonMapper json;
    private ProcessorContext<String, byte[]> context;

    AdviceProcessor(EventAdvice advice, JsonMapper json) {
        this.advice = advice;
        this.json = json;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, byte[]> event) {
        RecordMetadata read = context.recordMetadata().orElseThrow();
        Outcome outcome = advice.advise(new Event(event.key(), event.value(), text(event.headers(),
                EventHeaders.LANGUAGE), text(event.headers(), EventHeaders.REP), read.partition(), read.offset()));
        if (outcome instanceof Answered answered) {
            context.forward(new Record<>(answered.dealId(), answered.answer(), event.timestamp(),
                    new RecordHeaders(event.headers().toArray())), AdviceTopology.ANSWERS);
        } else if (outcome instanceof Refused refused) {
            context.forward(event.withHeaders(deadLetter(event.headers(), refused, read)), AdviceTopology.DEAD_LETTERS);
        }
    }

    private Headers deadLetter(Headers of, Refused refused, RecordMetadata read) {
        Headers headers = new RecordHeaders(of.toArray());
        add(headers, EventHeaders.REASON, refused.reason());
        if (!refused.errors().isEmpty()) {
            add(headers, EventHeaders.ERRORS, json.writeValueAsString(refused.errors()));
        }
        add(headers, EventHeaders.TOPIC, read.topic());
        add(headers, EventHeaders.PARTITION, Integer.toString(read.partition()));
        add(headers, EventHeaders.OFFSET, Long.toString(read.offset()));
        return headers;
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
