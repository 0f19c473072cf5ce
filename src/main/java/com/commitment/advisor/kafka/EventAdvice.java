package com.commitment.advisor.kafka;

import com.commitment.advisor.advice.InvalidRequestException;
import com.commitment.advisor.advice.RunawayRulesException;
import com.commitment.advisor.decision.Source;
import com.commitment.advisor.kafka.Outcome.Answered;
import com.commitment.advisor.kafka.Outcome.Refused;
import com.commitment.advisor.model.Advice;
import com.commitment.advisor.model.AdviceRequest;
import com.commitment.advisor.ruleset.Messages;
import com.commitment.advisor.security.AdvisorUser;
import com.commitment.advisor.security.RunAs;
import com.commitment.advisor.security.UserRole;
import com.commitment.advisor.security.UserStore;
import com.commitment.advisor.system.RequestProblem;
import com.commitment.advisor.web.AdviceService;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Advises one deal-change event as {@code POST /api/v1/advice} advises its body, for the user the event names:
 * the same advice service (feedback suppression, decision log), the rule set in service when it arrives. An event
 * that HTTP would answer with a 4xx, or that the advisor fails on, is refused with the reason instead; a user
 * that cannot be looked up (the database is down) throws, so that the event is tried again, not lost.
 */
final class EventAdvice {

    private static final Logger log = LoggerFactory.getLogger(EventAdvice.class);

    private final AdviceService advice;
    private final UserStore users;
    private final JsonMapper json;
    private final KafkaSettings settings;

    EventAdvice(AdviceService advice, UserStore users, JsonMapper json, KafkaSettings settings) {
        this.advice = advice;
        this.users = users;
        this.json = json;
        this.settings = settings;
    }

    Outcome advise(Event event) {
        String language = event.language() == null ? "en" : event.language();
        if (!Messages.LANGUAGES.contains(language)) {
            return new Refused("unknown language '" + language + "': the header " + EventHeaders.LANGUAGE
                    + " must be en or zh");
        }
        String name = event.rep() == null ? settings.user() : event.rep();
        Optional<AdvisorUser> user = users.find(name).filter(u -> UserRole.ASK_FOR_ADVICE.contains(u.role()));
        if (user.isEmpty()) {
            return new Refused("no user '" + name + "' who may ask for advice (REP, MANAGER or SALES_OPS): the header "
                    + EventHeaders.REP + ", else advisor.kafka.user, names them");
        }
        AdviceRequest request;
        try {
            request = event.value() == null || event.value().length == 0 ? null
                    : json.readValue(event.value(), AdviceRequest.class);
        } catch (JacksonException e) {
            return refused(RequestProblem.of(e));
        }
        if (request == null) {
            return refused(RequestProblem.notAnObject());
        }
        if (request.deal() != null && request.deal().id() != null && !request.deal().id().equals(event.key())) {
            return new Refused("the key '" + event.key() + "' is not deal.id '" + request.deal().id()
                    + "': events are keyed by their deal id, so that each deal's events are advised in order");
        }
        try {
            Advice answer = RunAs.user(user.get(), () -> advice.advise(request, language, false, Source.EVENT,
                    event.value(), user.get().name()));
            ObjectNode body = json.valueToTree(answer);
            body.put("partition", event.partition());
            body.put("offset", event.offset());
            return new Answered(answer.dealId(), json.writeValueAsBytes(body));
        } catch (InvalidRequestException e) {
            return refused(RequestProblem.of(e));
        } catch (RunawayRulesException e) {
            log.error("event {}-{} stopped: {}", event.partition(), event.offset(), e.getMessage());
            return new Refused("A rule kept firing: " + e.getMessage());
        } catch (RuntimeException e) {
            log.error("event {}-{} failed", event.partition(), event.offset(), e);
            return new Refused("The advisor failed on this event; it is logged.");
        }
    }

    private static Refused refused(RequestProblem problem) {
        return new Refused(problem.detail(), problem.errors());
    }
}
