/*
 * Stand-in for compiling without Atlassian's repository; never packaged.
 * Javadoc: https://docs.atlassian.com/beehive/0.0.8/apidocs/com/atlassian/beehive/ClusterLock.html
 * (a java.util.concurrent.locks.Lock whose newCondition is unsupported, plus isHeldByCurrentThread, which later
 * beehive releases declare; declared here so that nothing implementing this stand-in misses it)
 */
package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

public interface ClusterLock extends Lock {

    /** @return whether the calling thread holds this lock */
    boolean isHeldByCurrentThread();
}
