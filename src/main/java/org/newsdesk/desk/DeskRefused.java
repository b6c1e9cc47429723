package org.newsdesk.desk;

/**
 * A desk request that cannot be done as asked: its HTTP status and one sentence for the editor, or,
 * with {@code redirect}, where the browser should go instead (the sign-in page).
 */
public class DeskRefused extends RuntimeException {

    private final int status;
    private final String redirect;

    public DeskRefused(int status, String message) {
        this(status, message, null);
    }

    private DeskRefused(int status, String message, String redirect) {
        super(message, null, false, false);
        this.status = status;
        this.redirect = redirect;
    }

    public static DeskRefused redirect(String location) {
        return new DeskRefused(303, "See " + location, location);
    }

    public int status() {
        return status;
    }

    public String redirect() {
        return redirect;
    }
}
