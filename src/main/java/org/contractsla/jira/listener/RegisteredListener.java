package org.contractsla.jira.listener;

import com.atlassian.event.api.EventPublisher;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/** A listener that registers with Jira's event publisher when the app starts and leaves when it stops. */
abstract class RegisteredListener implements InitializingBean, DisposableBean {

    private final EventPublisher eventPublisher;

    RegisteredListener(EventPublisher eventPublisher) {
        this.eventPublisher = eventPublisher;
    }

    @Override
    public void afterPropertiesSet() {
        eventPublisher.register(this);
    }

    @Override
    public void destroy() {
        eventPublisher.unregister(this);
    }
}
