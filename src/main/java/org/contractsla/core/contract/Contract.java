package org.contractsla.core.contract;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.contractsla.core.DomainException;
import org.contractsla.core.calendar.CalendarOverride;
import org.contractsla.core.calendar.HolidayRegion;

/**
 * One customer organization's agreement to a plan for a term (domain spec §2.3). The customer number is
 * what the customer quotes and is unique; the organization is named by its id ({@link Organization}), never by
 * its name. Immutable; change it with {@link #toBuilder()}.
 */
public final class Contract {

    /** Longest notes text. */
    public static final int NOTES_MAX = 4000;

    private final String customerNumber;
    private final String organizationId;
    private final String planId;
    private final LocalDate start;
    private final int termMonths;
    private final LocalDate end;
    private final ContractStatus status;
    private final List<String> licenceIds;
    private final Set<Contact> contacts;
    private final ZoneId zone;
    private final HolidayRegion holidayRegion;
    private final String notes;

    private Contract(Builder b, LocalDate end) {
        this.customerNumber = b.customerNumber;
        this.organizationId = b.organizationId;
        this.planId = b.planId;
        this.start = b.start;
        this.termMonths = b.termMonths;
        this.end = end;
        this.status = b.status;
        this.licenceIds = List.copyOf(b.licenceIds);
        this.contacts = Collections.unmodifiableSet(new TreeSet<>(b.contacts));
        this.zone = b.zone;
        this.holidayRegion = b.holidayRegion;
        this.notes = b.notes;
    }

    /**
     * @param customerNumber the number the customer quotes: letters, digits, '.', '_' or '-', 1 to 64
     * @param organizationId the customer organization's id ({@link Organization#requireId})
     * @param planId         the plan's id, not blank
     * @param start          first day of the contract, not null
     * @return a builder: 12-month term, end derived from it, status active
     * @throws DomainException naming the first bad argument
     */
    public static Builder builder(String customerNumber, String organizationId, String planId, LocalDate start) {
        return new Builder(customerNumber, organizationId, planId, start);
    }

    /** @return a builder holding this contract's values, with the end kept as it is */
    public Builder toBuilder() {
        Builder b = new Builder(customerNumber, organizationId, planId, start).termMonths(termMonths).end(end)
                .status(status).zone(zone).holidayRegion(holidayRegion).notes(notes);
        licenceIds.forEach(b::licenceId);
        contacts.forEach(b::contact);
        return b;
    }

    /** @return the customer number, not null */
    public String customerNumber() {
        return customerNumber;
    }

    /** @return the id of the organization the contract belongs to, not null */
    public String organizationId() {
        return organizationId;
    }

    /** @return the plan's id, not null */
    public String planId() {
        return planId;
    }

    /** @return the first day, not null */
    public LocalDate start() {
        return start;
    }

    /** @return the term in months */
    public int termMonths() {
        return termMonths;
    }

    /** @return the first day after the contract (start plus term unless an admin set it), not null */
    public LocalDate end() {
        return end;
    }

    /** @return the status an admin gave it, not null */
    public ContractStatus status() {
        return status;
    }

    /** @return licence or system ids, one per installation, immutable */
    public List<String> licenceIds() {
        return licenceIds;
    }

    /** @return the authorized contacts, sorted, immutable */
    public Set<Contact> contacts() {
        return contacts;
    }

    /** @return the time zone its calendars use instead of the plan's, if set */
    public Optional<ZoneId> zone() {
        return Optional.ofNullable(zone);
    }

    /** @return the holiday region its calendars use instead of the plan's, if set */
    public Optional<HolidayRegion> holidayRegion() {
        return Optional.ofNullable(holidayRegion);
    }

    /** @return its zone and holiday region, to apply to the calendars of its plan's goals */
    public CalendarOverride calendarOverride() {
        return new CalendarOverride(zone, holidayRegion);
    }

    /** @return notes for the support team, possibly empty, not null */
    public String notes() {
        return notes;
    }

    /**
     * @param userKey the reporter's user key, or null
     * @return whether the reporter is one of the authorized contacts: named by key, or the account an address was
     *         matched to
     */
    public boolean authorizes(String userKey) {
        for (Contact c : contacts) {
            if (c.matches(userKey)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param address an e-mail address (any case)
     * @return whether that address is a contact not yet matched to an account
     */
    public boolean awaits(String address) {
        return address != null && contacts.stream()
                .anyMatch(c -> c.pending() && c.value().equals(address.trim().toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * @param oldKey a user's key before Jira changed it (anonymization)
     * @param newKey the key it has now
     * @return this contract naming that user by the new key, as a contact by key or as the account an address was
     *         matched to
     */
    public Contract withUserKeyChanged(String oldKey, String newKey) {
        Builder b = toBuilder();
        b.contacts.clear();
        Contact renamed = Contact.ofUserKey(newKey);
        boolean named = contacts.contains(renamed);
        for (Contact c : contacts) {
            if (!c.isEmail() && c.value().equals(oldKey)) {
                if (!named) { // a contact once, even if the new key was one already
                    b.contact(renamed);
                    named = true;
                }
            } else if (c.isEmail() && c.userKey().map(oldKey::equals).orElse(false)) {
                b.contact(c.resolvedTo(newKey));
            } else {
                b.contact(c);
            }
        }
        return b.build();
    }

    /**
     * @param userKey an anonymized user's key
     * @return this contract without the e-mail addresses matched to that user: they stay contacts, by key
     */
    public Contract withoutAddressesOf(String userKey) {
        Builder b = toBuilder();
        b.contacts.clear();
        boolean byKey = contacts.stream().anyMatch(c -> !c.isEmail() && c.value().equals(userKey));
        for (Contact c : contacts) {
            if (c.isEmail() && c.userKey().map(userKey::equals).orElse(false)) {
                if (!byKey) {
                    b.contact(Contact.ofUserKey(userKey));
                    byKey = true;
                }
            } else {
                b.contact(c);
            }
        }
        return b.build();
    }

    /**
     * @param contact a contact of this contract, matched to an account or not
     * @return this contract with that contact in place of the one with its value
     */
    public Contract withContact(Contact contact) {
        Builder b = toBuilder();
        b.contacts.removeIf(c -> c.value().equals(contact.value()) && c.isEmail() == contact.isEmail());
        return b.contact(contact).build();
    }

    /** @return whether the contract is active and the day lies in its term */
    public boolean inForceOn(LocalDate day) {
        return status == ContractStatus.ACTIVE && !day.isBefore(start) && day.isBefore(end);
    }

    /**
     * @param text search text; blank matches every contract
     * @return whether the customer number, organization id or a contact contains the text, ignoring case
     */
    public boolean matches(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
        return t.isEmpty() || customerNumber.toLowerCase(java.util.Locale.ROOT).contains(t)
                || organizationId.toLowerCase(java.util.Locale.ROOT).contains(t)
                || contacts.stream().anyMatch(k -> k.value().toLowerCase(java.util.Locale.ROOT).contains(t));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Contract)) {
            return false;
        }
        Contract c = (Contract) o;
        return customerNumber.equals(c.customerNumber) && organizationId.equals(c.organizationId)
                && planId.equals(c.planId) && start.equals(c.start) && termMonths == c.termMonths
                && end.equals(c.end) && status == c.status && licenceIds.equals(c.licenceIds)
                && contacts.equals(c.contacts) && Objects.equals(zone, c.zone)
                && Objects.equals(holidayRegion, c.holidayRegion) && notes.equals(c.notes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(customerNumber, organizationId, planId, start, termMonths, end, status, licenceIds, contacts,
                zone, holidayRegion, notes);
    }

    @Override
    public String toString() {
        return "Contract[" + customerNumber + ", " + planId + ", " + start + ".." + end + ", " + status.id() + "]";
    }

    /** Collects a contract's values; {@link #build()} checks them together. */
    public static final class Builder {
        private final String customerNumber;
        private final String organizationId;
        private final String planId;
        private final LocalDate start;
        private int termMonths = 12;
        private LocalDate end;
        private ContractStatus status = ContractStatus.ACTIVE;
        private final List<String> licenceIds = new ArrayList<>();
        private final Set<Contact> contacts = new LinkedHashSet<>();
        private ZoneId zone;
        private HolidayRegion holidayRegion;
        private String notes = "";

        private Builder(String customerNumber, String organizationId, String planId, LocalDate start) {
            if (customerNumber == null || !customerNumber.matches("[A-Za-z0-9._-]{1,64}")) {
                throw new DomainException("contract.error.customerNumber.form", String.valueOf(customerNumber));
            }
            Organization.requireId(organizationId);
            if (planId == null || planId.isBlank()) {
                throw new DomainException("contract.error.plan.blank");
            }
            this.customerNumber = customerNumber;
            this.organizationId = organizationId;
            this.planId = planId;
            this.start = Objects.requireNonNull(start, "start");
        }

        /**
         * @param months term, 1 to 120
         * @return this builder
         */
        public Builder termMonths(int months) {
            if (months < 1 || months > 120) {
                throw new DomainException("contract.error.term.range", months);
            }
            this.termMonths = months;
            return this;
        }

        /** @param end the first day after the contract, or null to derive it from start and term */
        public Builder end(LocalDate end) {
            this.end = end;
            return this;
        }

        /** @return this builder with that status */
        public Builder status(ContractStatus status) {
            this.status = Objects.requireNonNull(status, "status");
            return this;
        }

        /**
         * @param id a licence or system id, 1 to 64 characters without spaces
         * @return this builder
         */
        public Builder licenceId(String id) {
            if (id == null || !id.matches("\\S{1,64}")) {
                throw new DomainException("contract.error.licence.form", String.valueOf(id));
            }
            if (licenceIds.contains(id)) {
                throw new DomainException("contract.error.licence.duplicate", id);
            }
            licenceIds.add(id);
            return this;
        }

        /** @return this builder with one more authorized contact */
        public Builder contact(Contact contact) {
            Objects.requireNonNull(contact, "contact");
            if (contacts.stream().anyMatch(c -> c.value().equals(contact.value()) && c.isEmail() == contact.isEmail())
                    || !contacts.add(contact)) {
                throw new DomainException("contract.error.contact.duplicate", contact.value());
            }
            return this;
        }

        /** @return this builder with those contacts added, each parsed with {@link Contact#parse} */
        public Builder contacts(Collection<String> texts) {
            texts.forEach(t -> contact(Contact.parse(t)));
            return this;
        }

        /** @param zone the zone for its calendars, or null for the plan's */
        public Builder zone(ZoneId zone) {
            this.zone = zone;
            return this;
        }

        /** @param region the holiday region for its calendars, or null for the plan's */
        public Builder holidayRegion(HolidayRegion region) {
            this.holidayRegion = region;
            return this;
        }

        /** @param notes notes, at most {@link #NOTES_MAX} characters; null for none */
        public Builder notes(String notes) {
            String n = notes == null ? "" : notes;
            if (n.length() > NOTES_MAX) {
                throw new DomainException("contract.error.notes.length", NOTES_MAX);
            }
            this.notes = n;
            return this;
        }

        /**
         * @return the contract
         * @throws DomainException {@code contract.error.end.beforeStart}
         */
        public Contract build() {
            LocalDate e = end != null ? end : start.plusMonths(termMonths);
            if (!e.isAfter(start)) {
                throw new DomainException("contract.error.end.beforeStart", e, start);
            }
            return new Contract(this, e);
        }
    }
}
