/*
 * Stand-in for compiling without Atlassian's repository; never packaged.
 * Javadoc: https://docs.atlassian.com/atlassian-spring-scanner/5.0.2/com/atlassian/plugin/spring/scanner/annotation/imports/ComponentImport.html
 */
package com.atlassian.plugin.spring.scanner.annotation.imports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD})
public @interface ComponentImport {

    String value() default "";
}
