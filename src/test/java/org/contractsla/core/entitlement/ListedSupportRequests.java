package org.contractsla.core.entitlement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.contractsla.core.policy.Policy;

/** The requests of every project, as a list a test changes at will; the port hands over those of support projects. */
public class ListedSupportRequests implements ReconcilingQuota.SupportRequests {

    /** every project's requests as they are now */
    public final List<ReconcilingQuota.SupportRequest> all = new ArrayList<>();

    @Override
    public void forEach(Policy policy, Consumer<ReconcilingQuota.SupportRequest> each) {
        List.copyOf(all).stream().filter(r -> policy.supportProjects().contains(r.projectKey())).forEach(each);
    }

    @Override
    public Optional<ReconcilingQuota.SupportRequest> byId(Policy policy, String requestId) {
        return all.stream().filter(r -> r.id().equals(requestId)).findFirst();
    }
}
