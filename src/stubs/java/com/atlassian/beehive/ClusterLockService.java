/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/beehive/0.0.6/apidocs/com/atlassian/beehive/ClusterLockService.html
 */
package com.atlassian.beehive;

public interface ClusterLockService {

    ClusterLock getLockForName(String lockName);
}
