/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/atlassian-mail/1.3.23/com/atlassian/mail/Email.html. No behaviour.
 */
package com.atlassian.mail;

public class Email {

    public Email(String to) {
    }

    public Email setSubject(String subject) {
        throw new UnsupportedOperationException("stand-in");
    }

    public Email setBody(String body) {
        throw new UnsupportedOperationException("stand-in");
    }

    public Email setMimeType(String mimeType) {
        throw new UnsupportedOperationException("stand-in");
    }
}
