package org.contractsla.jira.rest;

import java.util.List;

/** A request the resource turns down: an HTTP status and what was wrong, as message keys. */
final class ApiException extends RuntimeException {

    /** One problem: the field it concerns ("" for the whole request), a message key and its arguments. */
    record Problem(String field, String key, List<Object> args) {
    }

    private final int status;
    private final List<Problem> problems;
    private final Integer retryAfterSeconds;

    ApiException(int status, String field, String key, Object... args) {
        this(status, null, field, key, args);
    }

    private ApiException(int status, Integer retryAfterSeconds, String field, String key, Object... args) {
        super(key);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
        this.problems = List.of(new Problem(field, key, List.of(args)));
    }

    /** @return how long the client should wait before asking again (a {@code Retry-After} header), if at all */
    java.util.Optional<Integer> retryAfterSeconds() {
        return java.util.Optional.ofNullable(retryAfterSeconds);
    }

    /** @return 429: the server does this work for a few callers at a time; try again after that many seconds */
    static ApiException busy(int retryAfterSeconds, String key, Object... args) {
        return new ApiException(429, retryAfterSeconds, "", key, args);
    }

    int status() {
        return status;
    }

    List<Problem> problems() {
        return problems;
    }

    static ApiException badRequest(String field, String key, Object... args) {
        return new ApiException(400, field, key, args);
    }

    static ApiException badRequestWithArgs(String field, String key, List<Object> args) {
        return new ApiException(400, field, key, args.toArray());
    }

    static ApiException notFound(String key, Object... args) {
        return new ApiException(404, "", key, args);
    }

    static ApiException conflict(String key, Object... args) {
        return new ApiException(409, "", key, args);
    }
}
