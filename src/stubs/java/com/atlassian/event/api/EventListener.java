/*
 * Stand-in for compiling without Atlassian's repository; never packaged.
 * Javadoc: https://docs.atlassian.com/atlassian-event/6.0.0/com/atlassian/event/api/EventListener.html
 */
package com.atlassian.event.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EventListener {
}
