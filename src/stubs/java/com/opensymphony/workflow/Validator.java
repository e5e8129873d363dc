/*
 * Stand-in for compiling without Atlassian's repository; never packaged. The app implements it: its one abstract
 * method is declared, with raw maps as the real interface has them.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/opensymphony/workflow/Validator.html
 * (the same interface in Jira 7.0.8's javadoc; OSWorkflow has not changed it)
 */
package com.opensymphony.workflow;

import com.opensymphony.module.propertyset.PropertySet;
import java.util.Map;

@SuppressWarnings("rawtypes")
public interface Validator {

    void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException, WorkflowException;
}
