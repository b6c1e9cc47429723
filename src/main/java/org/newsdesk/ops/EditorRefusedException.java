package org.newsdesk.ops;

/** An editor's request that cannot be done, with the HTTP status and a sentence saying why. */
public class EditorRefusedException extends RuntimeException {

    private final int status;

    public EditorRefusedException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
