/*
 * Stand-in for compiling without Atlassian's repository; never packaged. Only the members this app uses.
 * Javadoc: https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/attachment/CreateAttachmentParamsBean.html
 * (@PublicApi since 6.0; the Builder's five-argument constructor as ONLYOFFICE/onlyoffice-jira uses it on Jira 10.0)
 */
package com.atlassian.jira.issue.attachment;

public final class CreateAttachmentParamsBean {

    private CreateAttachmentParamsBean() {
    }

    public static class Builder {

        public Builder(java.io.File file, String filename, String contentType,
                com.atlassian.jira.user.ApplicationUser author, com.atlassian.jira.issue.Issue issue) {
        }

        public Builder copySourceFile(Boolean copySourceFile) {
            throw new UnsupportedOperationException("stand-in");
        }

        public CreateAttachmentParamsBean build() {
            throw new UnsupportedOperationException("stand-in");
        }
    }
}
