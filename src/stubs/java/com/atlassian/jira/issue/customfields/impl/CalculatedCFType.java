/*
 * Stand-in for compiling without Atlassian's repository; never packaged. The app extends it, so every method the
 * real class leaves abstract is declared abstract here (getStringFromSingularObject, getSingularObjectFromString,
 * getValueFromIssue: the three a public Jira 8 app implements, atlascommunity/jira-plugins-groovy JqlFunctionCFType),
 * and the one concrete method the app overrides (getVelocityParameters, from AbstractCustomFieldType).
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/customfields/impl/CalculatedCFType.html
 */
package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.layout.field.FieldLayoutItem;
import java.util.HashMap;
import java.util.Map;

public abstract class CalculatedCFType<T, S> {

    public abstract String getStringFromSingularObject(S singularObject);

    public abstract S getSingularObjectFromString(String string) throws FieldValidationException;

    public abstract T getValueFromIssue(CustomField field, Issue issue);

    public Map<String, Object> getVelocityParameters(Issue issue, CustomField field, FieldLayoutItem fieldLayoutItem) {
        return new HashMap<>();
    }
}
