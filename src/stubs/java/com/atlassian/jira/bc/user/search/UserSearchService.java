/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/bc/user/search/UserSearchService.html
 * (findUserKeysByEmail(String) returning Iterable<String> is in the 7.0 javadoc and every later one).
 */
package com.atlassian.jira.bc.user.search;

public interface UserSearchService {

    Iterable<String> findUserKeysByEmail(String email);
}
