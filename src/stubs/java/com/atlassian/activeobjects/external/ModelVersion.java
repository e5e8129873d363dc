/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/external/ModelVersion.html
 * No behaviour: valueOf answers an empty instance.
 */
package com.atlassian.activeobjects.external;

public final class ModelVersion {

    private ModelVersion() {
    }

    public static ModelVersion valueOf(String version) {
        return new ModelVersion();
    }
}
