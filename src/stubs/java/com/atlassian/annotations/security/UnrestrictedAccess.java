/*
 * Stand-in for compiling without Atlassian's repository; never packaged.
 * Javadoc: none found on docs.atlassian.com for com.atlassian:atlassian-annotations' security package (searched
 * 2026-12-03). From atlassian-annotations (a dependency of jira-api). Semantics, as documented for Platform 7:
 * https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints
 * Package and use on a servlet class as public Platform 7 apps have them: the same package's AnonymousSiteAccess on
 * a javax HttpServlet class of a Jira app (com.microsoft.teams.servlets.JiraServerIdServlet), UnrestrictedAccess on
 * a Jira 10.3 REST resource class (io.testplanit.jira.rest.PingResource) and on a servlet's doGet (ONLYOFFICE).
 */
package com.atlassian.annotations.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface UnrestrictedAccess {
}
