/*
 * Stand-in for compiling without Atlassian's repository; never packaged.
 * Javadoc: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/websudo/package-summary.html
 * ("Elements marked with this annotation will require WebSudo protection"; honoured by Atlassian REST.)
 */
package com.atlassian.sal.api.websudo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
public @interface WebSudoRequired {
}
