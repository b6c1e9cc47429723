package org.newsdesk.domain;

/**
 * A note that cannot become an item. Carries a {@link Problem}; never a stack trace for the officer.
 */
public class NoteRejectedException extends RuntimeException {

    private final transient Problem problem;

    public NoteRejectedException(String code, String message) {
        super(code + ": " + message, null, false, false);
        this.problem = new Problem(code, message);
    }

    public Problem problem() {
        return problem;
    }

    public String code() {
        return problem.code();
    }
}
