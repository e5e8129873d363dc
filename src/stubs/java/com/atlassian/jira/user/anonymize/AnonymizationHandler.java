/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/user/anonymize/AnonymizationHandler.html
 * (the three methods every implementation in Jira Software 10.3 defines; getNumberOfTasks may be a default method
 * of the real interface: declared here, the app implements it either way).
 */
package com.atlassian.jira.user.anonymize;

import com.atlassian.jira.bc.ServiceResult;
import java.util.Collection;

public interface AnonymizationHandler<T> {

    Collection<AffectedEntity> getAffectedEntities(T parameter);

    ServiceResult update(T parameter);

    int getNumberOfTasks(T parameter);
}
