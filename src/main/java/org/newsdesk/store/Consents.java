package org.newsdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Proof of each subscription made on the web: when it was asked and confirmed, from where, which form. */
public class Consents {

    /** One confirmed subscription. */
    public record Consent(
            String publication,
            String address,
            Instant requestedAt,
            Instant confirmedAt,
            String fromAddress,
            String formText) {}

    private final Database db;

    public Consents(Database db) {
        this.db = db;
    }

    public void record(Consent c) {
        db.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(
                    "INSERT INTO consents (publication, address, requested_at, confirmed_at, from_address, form_text)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, c.publication());
                ps.setString(2, c.address());
                ps.setTimestamp(3, Timestamp.from(c.requestedAt()));
                ps.setTimestamp(4, Timestamp.from(c.confirmedAt()));
                ps.setString(5, c.fromAddress());
                ps.setString(6, c.formText());
                return ps.executeUpdate();
            }
        });
    }

    public List<Consent> of(String publication, String address) {
        return db.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(
                    "SELECT publication, address, requested_at, confirmed_at, from_address, form_text FROM consents"
                            + " WHERE publication = ? AND LOWER(address) = LOWER(?) ORDER BY id")) {
                ps.setString(1, publication);
                ps.setString(2, address);
                List<Consent> list = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(new Consent(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getTimestamp(3).toInstant(),
                                rs.getTimestamp(4).toInstant(),
                                rs.getString(5),
                                rs.getString(6)));
                    }
                }
                return list;
            }
        });
    }
}
