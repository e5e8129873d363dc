/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Jira's e-mail: sets Jira's encoding and
 * headers on construction (from Jira's source); the setters are com.atlassian.mail.Email's. No behaviour.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/mail/Email.html
 */
package com.atlassian.jira.mail;

public class Email extends com.atlassian.mail.Email {

    public Email(String to) {
        super(to);
    }
}
