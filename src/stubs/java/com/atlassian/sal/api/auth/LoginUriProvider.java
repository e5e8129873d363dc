/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc (an implementation): https://docs.atlassian.com/atlassian-crowd/4.2.0/com/atlassian/sal/crowd/auth/CrowdLoginUriProvider.html;
 * injected with @ComponentImport in atlassian-labs/atlassian-slack-integration-server (LoginRedirectionManager).
 */
package com.atlassian.sal.api.auth;

import java.net.URI;

public interface LoginUriProvider {

    URI getLoginUri(URI returnUri);
}
