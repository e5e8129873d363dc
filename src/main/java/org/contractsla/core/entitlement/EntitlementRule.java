package org.contractsla.core.entitlement;

import java.util.ArrayList;
import java.util.List;

/**
 * A named rule of the entitlement check. Rules run in order; each sees the facts and what the earlier
 * rules found, and adds its own findings.
 */
public interface EntitlementRule {

    /**
     * @param facts the facts, not null
     * @param soFar findings of the earlier rules, not null
     * @return this rule's findings, possibly empty, not null
     */
    List<Finding> check(EntitlementFacts facts, List<Finding> soFar);

    /**
     * @param rules rules in the order to run them
     * @return one rule running them in that order, each seeing the findings before it
     */
    static EntitlementRule allOf(List<? extends EntitlementRule> rules) {
        List<EntitlementRule> copy = List.copyOf(rules);
        return (facts, soFar) -> {
            List<Finding> all = new ArrayList<>(soFar);
            List<Finding> mine = new ArrayList<>();
            for (EntitlementRule r : copy) {
                List<Finding> found = r.check(facts, all);
                all.addAll(found);
                mine.addAll(found);
            }
            return mine;
        };
    }
}
