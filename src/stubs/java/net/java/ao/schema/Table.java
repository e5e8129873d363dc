/*
 * Stand-in for compiling without Atlassian's repository; never packaged.
 * Javadoc: https://javadoc.io/doc/net.java.dev.activeobjects/activeobjects/latest/net/java/ao/schema/Table.html
 */
package net.java.ao.schema;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Table {

    String value();
}
