/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only named in a throws clause.
 * Javadoc: https://docs.atlassian.com/atlassian-plugins/5.0.0/com/atlassian/plugin/PluginParseException.html
 */
package com.atlassian.plugin;

public class PluginParseException extends RuntimeException {

    public PluginParseException(String message) {
        super(message);
    }
}
