package org.newsdesk.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.camel.main.Main;
import org.newsdesk.ops.EditorControls;
import org.newsdesk.ops.EditorRefusedException;

/**
 * Runs one editor control against the store and exits: no HTTP server, no schedules. Refusals are one
 * sentence on stderr and exit code 2; an internal fault is exit code 1.
 */
final class EditorSession {

    private EditorSession() {}

    /** Runs the control; prints what it returns with {@code print}; returns the exit code. */
    static <T> int run(
            boolean withPublishRoutes, Function<EditorControls, T> control, java.util.function.Consumer<T> print) {
        // "publish now" needs the publish and delivery routes; the other controls need none
        Map<String, String> overrides = new HashMap<>(Workspace.routes(false, withPublishRoutes));
        Main main = Workspace.main(Workspace.home(), Workspace.withoutServer(overrides), withPublishRoutes);
        try {
            main.start();
        } catch (Exception e) {
            System.err.println("newsdesk: " + whyNotStarted(e));
            return 1;
        }
        try {
            EditorControls controls = Workspace.newsdesk(main).editor();
            print.accept(control.apply(controls));
            return 0;
        } catch (EditorRefusedException e) {
            System.err.println("newsdesk: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            System.err.println("newsdesk: internal fault: " + e);
            return 1;
        } finally {
            main.stop();
        }
    }

    private static String whyNotStarted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Database may be already in use") || m.contains("Locked by another process")) {
                return "the store (the H2 file under data/) is in use by a running newsdesk service; use the editor "
                        + "endpoints of that service (see docs/editors.md) or stop it first.";
            }
        }
        return "could not start: " + e.getMessage();
    }
}
