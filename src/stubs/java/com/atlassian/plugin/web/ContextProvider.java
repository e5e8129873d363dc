/*
 * Stand-in for compiling without Atlassian's repository; never packaged. The app implements it, so every abstract
 * method of the real interface is declared (it has these two).
 * Javadoc: https://docs.atlassian.com/atlassian-plugins-webfragment/6.0.0/com/atlassian/plugin/web/ContextProvider.html
 */
package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

public interface ContextProvider {

    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
