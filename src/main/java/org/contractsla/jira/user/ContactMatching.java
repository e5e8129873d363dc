package org.contractsla.jira.user;

import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;
import org.contractsla.core.contract.Accounts;
import org.contractsla.core.contract.Contract;
import org.contractsla.core.contract.Contracts;
import org.contractsla.core.contract.ResolvingContacts;
import org.contractsla.core.policy.PolicyStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Matches contracts' e-mail contacts to Jira accounts of the directories the configuration trusts
 * ({@code trustedDirectories}): when a contract is saved, when a user appears, and when an admin reviews them.
 */
@Named
public class ContactMatching {

    private static final Logger LOG = LoggerFactory.getLogger(ContactMatching.class);

    private final ResolvingContacts resolving;
    private final Contracts contracts;

    @Inject
    public ContactMatching(Accounts accounts, PolicyStore policies, Contracts contracts) {
        this.resolving = new ResolvingContacts(accounts, () -> policies.current().trustedDirectories());
        this.contracts = contracts;
    }

    /** @return the contract to save, its addresses matched as far as they can be, and what needs the admin */
    public ResolvingContacts.Resolution beforeSave(Contract contract) {
        ResolvingContacts.Resolution r = resolving.resolve(contract, contracts.byCustomerNumber(contract.customerNumber()));
        long doubtful = r.attention().stream().filter(a -> a.problem() != ResolvingContacts.Problem.NO_ACCOUNT).count();
        if (doubtful > 0) {
            LOG.warn("Contract {}: {} contact address(es) match no single account of a trusted directory and authorize"
                    + " nobody; a contacts review lists them", contract.customerNumber(), doubtful);
        }
        return r;
    }

    /**
     * @param reporter a user key, or an e-mail address (anything with '@') as an agent may type it
     * @return the user key: the address's, if one trusted account has it; else what was given, which then
     *         matches no contact
     */
    public String userKeyOf(String reporter) {
        return reporter.contains("@") ? resolving.accountOf(reporter).orElse(reporter) : reporter;
    }

    /** A user acts (asks about their contracts, reports a request): addresses waiting for them are matched. */
    public void appeared(String userKey) {
        List<String> named = resolving.appeared(userKey, contracts);
        if (!named.isEmpty()) {
            // customer numbers only: no address and no user key in the log
            LOG.info("A contact address of contracts {} was matched to the account that owns it", named);
        }
    }

    /** @return the e-mail contacts that still authorize nobody, after matching what can be matched now */
    public List<ResolvingContacts.Attention> review() {
        return resolving.review(contracts);
    }
}
