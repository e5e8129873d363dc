/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/atlassian-plugins-webresource/latest/com/atlassian/webresource/api/assembler/RequiredResources.html
 */
package com.atlassian.webresource.api.assembler;

public interface RequiredResources {

    /** @param moduleCompleteKey {@code plugin-key:web-resource-key} */
    RequiredResources requireWebResource(String moduleCompleteKey);
}
