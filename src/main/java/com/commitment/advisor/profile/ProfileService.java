package com.commitment.advisor.profile;

import com.commitment.advisor.security.Access;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer profile: customers, their people across deals and each person's dated events. Creating answers
 * 409 when the id is taken; updating needs the version the caller read and answers 409 when it is stale.
 * A caller sees a customer they created or one with a deal they see (a manager: their reps'); any other answers
 * 404, as if it were not stored.
 */
@Service
@Transactional
class ProfileService {

    private final CustomerStore customers;
    private final PersonStore people;
    private final Access access;

    ProfileService(CustomerStore customers, PersonStore people, Access access) {
        this.customers = customers;
        this.people = people;
        this.access = access;
    }

    public Customer createCustomer(Customer customer) {
        InputCheck.valid(customer);
        customers.find(customer.id()).ifPresent(stored -> {
            throw ConflictException.exists("Customer " + stored.id(),
                    hasCustomer(stored.id()) ? stored.version() : null);
        });
        try {
            customers.insert(customer, access.caller().name());
        } catch (DuplicateKeyException createdMeanwhile) {
            throw ConflictException.exists("Customer " + customer.id(), null);
        }
        return customer(customer.id());
    }

    @Transactional(readOnly = true)
    public Customer customer(String id) {
        return customers.findVisible(id, access).orElseThrow(() -> new NotFoundException("Customer " + id));
    }

    /** Whether the caller sees the customer, so a deal may name it. */
    @Transactional(readOnly = true)
    public boolean hasCustomer(String id) {
        return customers.findVisible(id, access).isPresent();
    }

    @Transactional(readOnly = true)
    public Page<Customer> customers(Paging paging) {
        return customers.list(paging, access);
    }

    public Customer updateCustomer(String id, Customer change) {
        InputCheck.require(change != null, "", "the body must be a JSON object");
        customer(id);
        Customer customer = InputCheck.valid(new Customer(idFromPath(id, change.id()), change.name(),
                change.version()));
        long version = versionOf(customer.version());
        if (!customers.update(customer, version)) {
            throw ConflictException.stale("Customer " + id, version, customer(id).version());
        }
        return customer(id);
    }

    public CustomerPerson createPerson(String customerId, CustomerPerson person) {
        InputCheck.valid(person);
        customer(customerId);
        String what = "Person " + person.id() + " of customer " + customerId;
        people.find(customerId, person.id()).ifPresent(stored -> {
            throw ConflictException.exists(what, stored.version());
        });
        try {
            people.insert(customerId, person);
        } catch (DuplicateKeyException createdMeanwhile) {
            throw ConflictException.exists(what, null);
        }
        return person(customerId, person.id());
    }

    @Transactional(readOnly = true)
    public CustomerPerson person(String customerId, String id) {
        customer(customerId);
        return people.find(customerId, id)
                .orElseThrow(() -> new NotFoundException("Person " + id + " of customer " + customerId));
    }

    @Transactional(readOnly = true)
    public Page<CustomerPerson> people(String customerId, Paging paging) {
        customer(customerId);
        return people.list(customerId, paging);
    }

    /** The profile's people of a customer among {@code ids}; none when the customer is unknown. */
    @Transactional(readOnly = true)
    public List<CustomerPerson> knownPeople(String customerId, Collection<String> ids) {
        return people.findAll(customerId, ids);
    }

    public CustomerPerson updatePerson(String customerId, String id, CustomerPerson change) {
        InputCheck.require(change != null, "", "the body must be a JSON object");
        CustomerPerson person = InputCheck.valid(new CustomerPerson(idFromPath(id, change.id()), change.name(),
                change.title(), change.concept(), change.personalWin(), null, change.version()));
        customer(customerId);
        long version = versionOf(person.version());
        if (!people.update(customerId, person, version)) {
            throw ConflictException.stale("Person " + id + " of customer " + customerId, version,
                    person(customerId, id).version());
        }
        return person(customerId, id);
    }

    public PersonEvent recordEvent(String customerId, String personId, PersonEvent event) {
        InputCheck.valid(event);
        person(customerId, personId);
        return event(customerId, personId, people.insertEvent(customerId, personId, event));
    }

    @Transactional(readOnly = true)
    public PersonEvent event(String customerId, String personId, long id) {
        customer(customerId);
        return people.findEvent(customerId, personId, id).orElseThrow(
                () -> new NotFoundException("Event " + id + " of person " + personId + " of customer " + customerId));
    }

    @Transactional(readOnly = true)
    public Page<PersonEvent> events(String customerId, String personId, Paging paging) {
        person(customerId, personId);
        return people.events(customerId, personId, paging);
    }

    public PersonEvent updateEvent(String customerId, String personId, long id, PersonEvent change) {
        InputCheck.valid(change);
        InputCheck.require(change.id() == null || change.id() == id, "/id", "must be " + id + ", the id in the path");
        customer(customerId);
        long version = versionOf(change.version());
        if (!people.updateEvent(customerId, personId, id, change, version)) {
            throw ConflictException.stale("Event " + id, version, event(customerId, personId, id).version());
        }
        return event(customerId, personId, id);
    }

    /** How the person's support changed, event by event, oldest first. */
    @Transactional(readOnly = true)
    public Page<SupportChange> supportHistory(String customerId, String personId, Paging paging) {
        person(customerId, personId);
        return people.supportHistory(customerId, personId, paging);
    }

    private static String idFromPath(String pathId, String bodyId) {
        InputCheck.require(bodyId == null || Objects.equals(bodyId, pathId), "/id",
                "must be '" + pathId + "', the id in the path, or left out");
        return pathId;
    }

    static long versionOf(Long version) {
        InputCheck.require(version != null, "/version", "required to update: send the version you read");
        return version;
    }
}
