package org.contractsla.jira.audit;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.atlassian.audit.api.AuditService;
import com.atlassian.audit.entity.AuditEvent;
import org.junit.Test;

public class JiraAuditTest {

    private final AuditService service = mock(AuditService.class);

    @Test
    public void shouldHandEachChangeToJirasAuditLogAndNeverFailTheChange() {
        JiraAudit audit = new JiraAudit(service);
        audit.record("audit.contract.deleted", "contract", "K-1");
        verify(service, times(1)).audit(any(AuditEvent.class));
        doThrow(new IllegalStateException("audit store down")).when(service).audit(any(AuditEvent.class));
        audit.record("audit.contract.deleted", "contract", "K-2"); // logged, not thrown
        verify(service, times(2)).audit(any(AuditEvent.class));
    }
}
