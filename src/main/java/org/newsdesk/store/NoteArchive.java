package org.newsdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.newsdesk.domain.NoteFile;
import org.newsdesk.read.ReadNote;
import org.newsdesk.shared.Sha256;

/**
 * The notes items were read from: each original as it arrived (a file, or a whole mail) and the text
 * read out of it, both by SHA-256, so the same note sent twice is kept once.
 */
public class NoteArchive {

    /** An original note's bytes and name. */
    public record Original(String fileName, byte[] content) {}

    /** The text an item was read from, and the original it came out of. */
    public record Text(String fileName, String text, String originalSha256) {}

    private final Database db;

    public NoteArchive(Database db) {
        this.db = db;
    }

    /** Keeps a note read out of {@code original}, and the original once (the route's step before normalizing). */
    public void keep(NoteFile original, ReadNote note) {
        keepText(note, original == null ? null : keep(original));
    }

    /** Keeps the note as it arrived; returns its SHA-256 (the key its texts point to). */
    public String keep(NoteFile file) {
        String sha = Sha256.hex(file.bytes());
        insertOnce("INSERT INTO note_originals (sha256, file_name, content, received_at) VALUES (?, ?, ?, ?)", ps -> {
            ps.setString(1, sha);
            ps.setString(2, truncate(file.fileName(), 300));
            ps.setBytes(3, file.bytes());
            ps.setTimestamp(4, Timestamp.from(file.received() == null ? Instant.now() : file.received()));
        });
        return sha;
    }

    /** Keeps the text of one note read out of the original {@code originalSha256}. */
    public void keepText(ReadNote note, String originalSha256) {
        insertOnce(
                "INSERT INTO note_texts (sha256, original_sha256, file_name, text_as_read) VALUES (?, ?, ?, ?)", ps -> {
                    ps.setString(1, note.sha256());
                    ps.setString(2, originalSha256 == null ? note.sha256() : originalSha256);
                    ps.setString(3, truncate(note.fileName(), 300));
                    ps.setString(4, note.text());
                });
    }

    public Optional<Text> text(String sha256) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT file_name, text_as_read, original_sha256 FROM note_texts WHERE sha256 = ?")) {
                ps.setString(1, sha256);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new Text(rs.getString(1), rs.getString(2), rs.getString(3)))
                            : Optional.empty();
                }
            }
        });
    }

    /** The original a note was read from, by the note's SHA-256 (or the original's own). */
    public Optional<Original> original(String sha256) {
        String originalSha = text(sha256).map(Text::originalSha256).orElse(sha256);
        return db.withConnection(c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT file_name, content FROM note_originals WHERE sha256 = ?")) {
                ps.setString(1, originalSha);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Original(rs.getString(1), rs.getBytes(2))) : Optional.empty();
                }
            }
        });
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws java.sql.SQLException;
    }

    private void insertOnce(String sql, Binder binder) {
        try {
            db.withConnection(c -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    binder.bind(ps);
                    return ps.executeUpdate();
                }
            });
        } catch (StoreException e) {
            if (!e.uniqueViolation()) {
                throw e;
            }
        }
    }

    private static String truncate(String s, int max) {
        return s == null ? "note" : s.length() <= max ? s : s.substring(0, max);
    }
}
