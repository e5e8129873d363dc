/*
 * Stand-in for compiling without Atlassian's repository; never packaged.
 * Javadoc: none found on docs.atlassian.com for com.atlassian.plugins.rest:atlassian-rest-v2-api (searched
 * 2026-11-22). Semantics of the annotation, as documented for Platform 7:
 * https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints
 * Package as used by public Platform 7 apps (e.g. ...rest.api.security.annotation.SystemAdminOnly). UNCONFIRMED.
 */
package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AdminOnly {
}
