/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://javadoc.io/doc/net.java.dev.activeobjects/activeobjects/latest/net/java/ao/RawEntity.html
 */
package net.java.ao;

public interface RawEntity<T> {

    void save();
}
