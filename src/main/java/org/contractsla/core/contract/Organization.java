package org.contractsla.core.contract;

import java.util.Objects;
import java.util.Optional;
import org.contractsla.core.DomainException;

/**
 * A customer organization, as the app's administrators keep it: contracts belong to it by its id, never by its
 * name, so that two organizations whose names differ only in case or spacing stay two. Where Jira Service
 * Management is installed, its organization may be linked. Immutable.
 */
public final class Organization {

    /** Longest name. */
    public static final int NAME_MAX = 255;

    private final String id;
    private final String name;
    private final Long serviceDeskId;

    private Organization(String id, String name, Long serviceDeskId) {
        this.id = id;
        this.name = name;
        this.serviceDeskId = serviceDeskId;
    }

    /**
     * @param id   lower-case letters, digits, '.', '_' or '-', 1 to 64 (as {@link #requireId} checks)
     * @param name 1 to {@value #NAME_MAX} characters once trimmed
     * @return the organization, linked to no service-desk organization
     * @throws DomainException {@code organization.error.id.form} or {@code organization.error.name.length}
     */
    public static Organization of(String id, String name) {
        requireId(id);
        if (name == null || name.isBlank() || name.trim().length() > NAME_MAX) {
            throw new DomainException("organization.error.name.length", NAME_MAX);
        }
        return new Organization(id, name.trim(), null);
    }

    /**
     * Ids are lower case: databases that compare text without regard to case (SQL Server's usual collation) would
     * otherwise find "ACME" when asked for "acme", and show one organization the other's contracts.
     *
     * @param id an organization id as typed
     * @return the id, if it has the form of one
     * @throws DomainException {@code organization.error.id.form}
     */
    public static String requireId(String id) {
        if (id == null || !id.matches("[a-z0-9._-]{1,64}")) {
            throw new DomainException("organization.error.id.form", String.valueOf(id));
        }
        return id;
    }

    /**
     * @param serviceDeskId the id of a Jira Service Management organization, positive; null to unlink
     * @return this organization linked to it
     * @throws DomainException {@code organization.error.serviceDesk.range}
     */
    public Organization linkedTo(Long serviceDeskId) {
        if (serviceDeskId != null && serviceDeskId <= 0) {
            throw new DomainException("organization.error.serviceDesk.range", serviceDeskId);
        }
        return new Organization(id, name, serviceDeskId);
    }

    /** @return the id contracts refer to, not null */
    public String id() {
        return id;
    }

    /** @return the name shown to people, not null */
    public String name() {
        return name;
    }

    /** @return the linked Jira Service Management organization, if any */
    public Optional<Long> serviceDeskId() {
        return Optional.ofNullable(serviceDeskId);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Organization)) {
            return false;
        }
        Organization other = (Organization) o;
        return id.equals(other.id) && name.equals(other.name) && Objects.equals(serviceDeskId, other.serviceDeskId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, serviceDeskId);
    }

    @Override
    public String toString() {
        return "Organization[" + id + ", " + name + "]";
    }
}
