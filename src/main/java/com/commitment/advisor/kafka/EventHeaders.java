package com.commitment.advisor.kafka;

/** The record headers the stream reads on an event and adds to a dead letter; values are UTF-8 text. */
final class EventHeaders {

    /** On an event: {@code en} (when absent) or {@code zh}, as {@code Accept-Language} over HTTP. */
    static final String LANGUAGE = "language";
    /** On an event: the user it is advised for (whose feedback hides what it hides); else advisor.kafka.user. */
    static final String REP = "rep";
    /** On a dead letter: why the event was not advised, in the words of the HTTP 400 answer's detail. */
    static final String REASON = "reason";
    /** On a dead letter: the invalid fields, a JSON list of {pointer, detail}, when the request was at fault. */
    static final String ERRORS = "errors";
    /** On a dead letter: where the event was read. */
    static final String TOPIC = "event-topic";
    static final String PARTITION = "event-partition";
    static final String OFFSET = "event-offset";

    private EventHeaders() {
    }
}
