package org.newsdesk.domain;

/**
 * Why a note could not be read: a short stable kebab-case code and one sentence an officer can act on.
 */
public record Problem(String code, String message) {

    /** The problem a failure stands for: a refusal's own reason, else an internal error. */
    public static Problem of(Throwable error) {
        // a refusal deep in a split or a bean call arrives wrapped; its own reason is the one to tell
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof NoteRejectedException rejected) {
                return rejected.problem();
            }
        }
        return new Problem(
                "internal-error",
                "newsdesk could not process this note because of an internal error; "
                        + "the note is kept and an operator has been told (see the service log).");
    }
}
