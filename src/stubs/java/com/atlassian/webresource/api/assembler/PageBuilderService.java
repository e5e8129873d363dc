/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses (called,
 * never implemented).
 * Javadoc: https://docs.atlassian.com/atlassian-plugins-webresource/latest/com/atlassian/webresource/api/assembler/PageBuilderService.html
 */
package com.atlassian.webresource.api.assembler;

public interface PageBuilderService {

    WebResourceAssembler assembler();
}
