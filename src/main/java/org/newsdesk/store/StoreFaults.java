package org.newsdesk.store;

import java.sql.SQLException;
import java.util.Set;

/**
 * Which database errors mean the connection (or the database behind it) is broken rather than the
 * statement wrong. H2 closes the whole database after a failed write to its file ("The database has
 * been closed", 90098) and reopens it only for a new connection once every old one is closed; the
 * pool's own rules (HikariCP 5) evict only on SQLState class 08, so without this it would hand out dead
 * connections for good.
 */
public final class StoreFaults {

    /**
     * H2: 90098 database closed, 90121 closed at shutdown, 90097 opened read-only, 90028 I/O error,
     * 90034 trace file error, 90020 file in use. PostgreSQL reports its own as class 08 or 57P0x.
     */
    private static final Set<Integer> H2_BROKEN = Set.of(90098, 90121, 90097, 90028, 90034, 90020);

    /** True when the connection that raised {@code e} must not be used again. */
    public static boolean broken(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (H2_BROKEN.contains(sql.getErrorCode())
                        || (state != null && (state.startsWith("08") || state.startsWith("57P")))) {
                    return true;
                }
            }
            // a failed write to H2's file: the store panics and the next statement finds it closed
            if (t.getClass().getName().equals("org.h2.mvstore.MVStoreException")) {
                return true;
            }
        }
        return false;
    }

    private StoreFaults() {}
}
