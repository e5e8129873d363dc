/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/atlassian-event/6.0.0/com/atlassian/event/api/EventPublisher.html
 * (register/unregister are declared there on the super-interface EventListenerRegistrar.)
 */
package com.atlassian.event.api;

public interface EventPublisher {

    void publish(Object event);

    void register(Object listener);

    void unregister(Object listener);
}
