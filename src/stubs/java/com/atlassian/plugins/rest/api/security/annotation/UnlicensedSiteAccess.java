/*
 * Stand-in for compiling without Atlassian's repository; never packaged.
 * Atlassian REST v2 (Jira 10, Platform 7) access annotation; package as used by public Platform 7 apps, e.g.
 * com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly. Semantics:
 * https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints
 */
package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface UnlicensedSiteAccess {
}
