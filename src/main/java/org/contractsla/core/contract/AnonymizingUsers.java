package org.contractsla.core.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Use case: a user Jira anonymizes leaves no personal data in the app. When Jira changes their user key, every
 * contract naming them (by key, or by an address matched to them), every quota check recorded for them and every
 * severity change they made names the new key; when Jira anonymizes their profile, the e-mail addresses matched to them are removed from the
 * contracts, which keep authorizing them by key. Nothing else of the app holds personal data of a user.
 */
public final class AnonymizingUsers {

    private final Contracts contracts;
    private final QuotaLedger ledger;
    private final org.contractsla.core.severity.SeverityChanges severities;

    /**
     * @param contracts  where contracts are kept, not null
     * @param ledger     the quota ledger, not null
     * @param severities the severity changes of requests, not null
     */
    public AnonymizingUsers(Contracts contracts, QuotaLedger ledger,
            org.contractsla.core.severity.SeverityChanges severities) {
        this.contracts = Objects.requireNonNull(contracts, "contracts");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.severities = Objects.requireNonNull(severities, "severities");
    }

    /** @return the numbers of the contracts naming that user, by key or by a matched address */
    public List<String> contractsNaming(String userKey) {
        List<String> numbers = new ArrayList<>();
        contracts.byContact(userKey).forEach(c -> numbers.add(c.customerNumber()));
        return numbers;
    }

    /** @return how many severity changes of requests that user made */
    public int severityChangesBy(String userKey) {
        return severities.countByUser(userKey);
    }

    /**
     * @param oldKey the user's key until now
     * @param newKey the key Jira gave them
     * @return how many contracts, quota checks and severity changes were changed
     */
    public int changeKey(String oldKey, String newKey) {
        int changed = 0;
        RuntimeException failed = null;
        for (Contract c : contracts.byContact(oldKey)) {
            try { // one contract that fails does not keep the others, or the quota checks, on the old key
                boolean[] differs = {false};
                contracts.update(c.customerNumber(), stored -> {
                    Contract renamed = stored.withUserKeyChanged(oldKey, newKey);
                    differs[0] = !renamed.equals(stored);
                    return renamed;
                });
                changed += differs[0] ? 1 : 0;
            } catch (RuntimeException e) {
                failed = failed == null ? e : failed;
            }
        }
        changed += ledger.changeReporterKey(oldKey, newKey);
        changed += severities.changeUserKey(oldKey, newKey);
        if (failed != null) {
            throw failed;
        }
        return changed;
    }

    /**
     * @param userKey the anonymized user's key
     * @return how many contracts lost an address matched to them
     */
    public int forgetAddresses(String userKey) {
        int changed = 0;
        for (Contract c : contracts.byContact(userKey)) {
            if (!c.withoutAddressesOf(userKey).equals(c)
                    && contracts.update(c.customerNumber(), stored -> stored.withoutAddressesOf(userKey))) {
                changed++;
            }
        }
        return changed;
    }
}
