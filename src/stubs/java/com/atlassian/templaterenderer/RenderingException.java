/*
 * Stand-in for compiling without Atlassian's repository; never packaged.
 * Javadoc: https://docs.atlassian.com/atlassian-template-renderer/1.5.2/apidocs/com/atlassian/templaterenderer/RenderingException.html
 */
package com.atlassian.templaterenderer;

public class RenderingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RenderingException(Throwable cause) {
        super(cause);
    }
}
