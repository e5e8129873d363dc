/*
 * Stand-in for compiling without Atlassian's repository; never packaged.
 * Javadoc: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/transaction/TransactionCallback.html
 */
package com.atlassian.sal.api.transaction;

public interface TransactionCallback<T> {

    T doInTransaction();
}
