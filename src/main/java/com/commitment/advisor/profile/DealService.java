package com.commitment.advisor.profile;

import com.commitment.advisor.advice.Advisor;
import com.commitment.advisor.model.AdviceRequest;
import com.commitment.advisor.model.Deal;
import com.commitment.advisor.model.Person;
import com.commitment.advisor.model.Severity;
import com.commitment.advisor.security.Access;
import com.commitment.advisor.security.AuditAction;
import com.commitment.advisor.security.AuditLog;
import com.commitment.advisor.security.Caller;
import com.commitment.advisor.security.UserRole;
import com.commitment.advisor.security.UserStore;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stored deals: a rep stores a deal once and asks for advice on it again and again, adding only the plan or the
 * debrief of the moment. A WON or LOST deal is sealed: its stage and role table are kept as they were.
 * A deal belongs to the rep who created it: others get 404 for it (a manager reads their reps' deals).
 */
@Service
@Transactional
class DealService {

    private final DealStore deals;
    private final ProfileService profile;
    private final Advisor advisor;
    private final Access access;
    private final UserStore users;
    private final AuditLog audit;

    DealService(DealStore deals, ProfileService profile, Advisor advisor, Access access, UserStore users,
            AuditLog audit) {
        this.deals = deals;
        this.profile = profile;
        this.advisor = advisor;
        this.access = access;
        this.users = users;
        this.audit = audit;
    }

    /** The document as stored, and whether this call created the deal. */
    public record Stored(DealDocument document, boolean created) {
    }

    /** Creates the deal (no version given) or replaces it (the version the caller read). */
    public Stored store(String id, DealDocument body) {
        DealDocument document = InputCheck.valid(withPathId(id, body));
        checkUniquePeople(document.people());
        DealDocument stored = deals.find(id).orElse(null);
        if (document.version() != null && (stored == null || !access.mayChange(stored.rep()))) {
            throw new NotFoundException("Deal " + id);
        }
        InputCheck.require(document.customerId() == null || profile.hasCustomer(document.customerId()),
                "/customerId", "no customer '" + document.customerId() + "' in the profile: create it first");
        if (document.version() == null) {
            if (stored != null) {
                throw ConflictException.exists("Deal " + id, access.maySee(stored.rep()) ? stored.version() : null);
            }
            try {
                deals.insert(document, access.caller().name());
            } catch (DuplicateKeyException createdMeanwhile) {
                throw ConflictException.exists("Deal " + id, null);
            }
            return new Stored(deal(id), true);
        }
        long version = document.version();
        if (stored.version() != version) {
            throw ConflictException.stale("Deal " + id, version, stored.version());
        }
        if (stored.sealed()) {
            checkSealed(stored, document);
        }
        if (!deals.replace(document, version)) {
            throw ConflictException.stale("Deal " + id, version, deal(id).version());
        }
        return new Stored(deal(id), false);
    }

    /** Read in one snapshot, so the facts, role table and history are of the same version. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public DealDocument deal(String id) {
        return deals.find(id).filter(d -> access.maySee(d.rep()))
                .orElseThrow(() -> new NotFoundException("Deal " + id));
    }

    @Transactional(readOnly = true)
    public Page<DealSummary> deals(String customerId, Paging paging) {
        profile.customer(customerId);
        return deals.ofCustomer(customerId, access.dealScope("rep"), paging);
    }

    /**
     * Hands the deal to another rep: a manager between the reps who name them, an admin between any reps. The
     * deal keeps its history; its version goes up.
     */
    public DealDocument reassign(String id, String rep) {
        DealDocument stored = deal(id);
        Caller caller = access.caller();
        InputCheck.require(rep != null && users.find(rep).map(u -> u.role() == UserRole.REP).orElse(false), "/rep",
                "no REP user named '" + rep + "'");
        InputCheck.require(caller.role() == UserRole.ADMIN || access.maySee(rep), "/rep",
                "'" + rep + "' does not name you as their manager");
        deals.reassign(id, rep);
        audit.record(caller.name(), AuditAction.DEAL_REASSIGNED, id, stored.rep() + " -> " + rep);
        return deal(id);
    }

    /**
     * The rep's list: stored deals whose id or customer contains {@code text}, each with how long it has gone
     * without an advance and how many HIGH recommendations advice on it gives now.
     */
    @Transactional(readOnly = true)
    public Page<DealListItem> list(String text, Paging paging, LocalDate today) {
        Page<DealStore.Header> found = deals.search(text, access.dealScope("rep"), paging);
        List<DealListItem> items = new ArrayList<>();
        for (DealStore.Header h : found.items()) {
            Deal deal = h.deal();
            LocalDate lastMove = deal.lastAdvanceOn() != null ? deal.lastAdvanceOn() : deal.decidedOn();
            LocalDate asOf = deal.asOf() != null ? deal.asOf() : today;
            Integer days = lastMove == null ? null : (int) ChronoUnit.DAYS.between(lastMove, asOf);
            long high = advisor.advise(adviceRequest(deal.id(), null), "en").recommendations().stream()
                    .filter(r -> r.severity() == Severity.HIGH).count();
            items.add(new DealListItem(deal.id(), deal.customer(), deal.stage(), h.sealed(), h.version(), days,
                    (int) high, h.rep()));
        }
        return new Page<>(items, found.page(), found.size(), found.total());
    }

    /**
     * The request the advisor sees: the stored deal (with {@code asOf} from the body when given), its people
     * with name, title, concept and personal win from the profile where the deal has none, and its history.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public AdviceRequest adviceRequest(String id, DealAdviceRequest body) {
        DealDocument stored = deal(id);
        DealAdviceRequest call = body == null ? new DealAdviceRequest(null, null, null) : body;
        Map<String, CustomerPerson> known = stored.customerId() == null ? Map.of()
                : profile.knownPeople(stored.customerId(), stored.people().stream().map(RoleTableRow::id).toList())
                        .stream().collect(Collectors.toMap(CustomerPerson::id, Function.identity()));
        List<Person> people = stored.people().stream()
                .map(row -> known.containsKey(row.id()) ? row.knownAs(known.get(row.id())) : row)
                .map(RoleTableRow::toPerson).toList();
        Deal deal = stored.deal();
        if (call.asOf() != null) {
            deal = new Deal(deal.id(), deal.customer(), deal.stage(), deal.decidedOn(), deal.lastAdvanceOn(),
                    call.asOf(), deal.owner(), deal.budget(), deal.customerTimeline(), deal.targetCloseOn());
        }
        return new AdviceRequest(deal, people, call.plan(), call.debrief(), stored.history());
    }

    /** The body with the deal id of the path: the body may leave it out, but may not name another deal. */
    private static DealDocument withPathId(String id, DealDocument body) {
        InputCheck.require(body != null, "", "the body must be a JSON object");
        Deal deal = body.deal();
        if (deal == null || Objects.equals(deal.id(), id)) {
            return body;
        }
        InputCheck.require(deal.id() == null, "/deal/id", "must be '" + id + "', the id in the path, or left out");
        return new DealDocument(body.customerId(), body.version(), body.sealed(), body.rep(),
                new Deal(id, deal.customer(), deal.stage(), deal.decidedOn(), deal.lastAdvanceOn(), deal.asOf(),
                        deal.owner(), deal.budget(), deal.customerTimeline(), deal.targetCloseOn()),
                body.people(), body.history());
    }

    private static void checkUniquePeople(List<RoleTableRow> people) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            Integer first = seen.putIfAbsent(people.get(i).id(), i);
            InputCheck.require(first == null, "/people/" + i + "/id",
                    "duplicate id '" + people.get(i).id() + "', already used by /people/" + first);
        }
    }

    /** A closed deal keeps its stage and its role table; its other facts and its history may still be completed. */
    private static void checkSealed(DealDocument stored, DealDocument change) {
        if (stored.deal().stage() != change.deal().stage()) {
            throw ConflictException.sealed(stored.deal().id(),
                    "changing its stage from " + stored.deal().stage() + " to " + change.deal().stage(),
                    stored.version());
        }
        if (!byId(stored.people()).equals(byId(change.people()))) {
            throw ConflictException.sealed(stored.deal().id(), "changing its role table", stored.version());
        }
    }

    private static Map<String, RoleTableRow> byId(List<RoleTableRow> people) {
        return people.stream().collect(Collectors.toMap(RoleTableRow::id, Function.identity()));
    }
}
