/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/atlassian-plugins-webresource/latest/com/atlassian/webresource/api/assembler/WebResourceAssembler.html
 */
package com.atlassian.webresource.api.assembler;

public interface WebResourceAssembler {

    RequiredResources resources();
}
