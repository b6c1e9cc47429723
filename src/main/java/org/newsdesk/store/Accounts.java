package org.newsdesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The desk's accounts: a name, a role and a password hash (made by the desk, never a password). */
public class Accounts {

    /** One account; {@code passwordHash} is only for checking a password at sign-in. */
    public record Account(String name, String role, String passwordHash, String email, Instant createdAt) {
        @Override
        public String toString() {
            return "Account[" + name + ", " + role + "]";
        }
    }

    private final Database db;

    public Accounts(Database db) {
        this.db = db;
    }

    /** False when an account of that name exists already. */
    public boolean add(String name, String role, String passwordHash, String email) {
        try {
            return db.withConnection(c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO desk_accounts (name, role, password_hash, email, created_at) VALUES (?, ?, ?, ?, ?)")) {
                    ps.setString(1, name);
                    ps.setString(2, role);
                    ps.setString(3, passwordHash);
                    ps.setString(4, email);
                    ps.setTimestamp(5, Timestamp.from(Instant.now()));
                    return ps.executeUpdate() == 1;
                }
            });
        } catch (StoreException e) {
            if (e.uniqueViolation()) {
                return false;
            }
            throw e;
        }
    }

    public Optional<Account> find(String name) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT name, role, password_hash, email, created_at FROM desk_accounts WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(account(rs)) : Optional.empty();
                }
            }
        });
    }

    public List<Account> all() {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                            "SELECT name, role, password_hash, email, created_at FROM desk_accounts ORDER BY name");
                    ResultSet rs = ps.executeQuery()) {
                List<Account> list = new ArrayList<>();
                while (rs.next()) {
                    list.add(account(rs));
                }
                return list;
            }
        });
    }

    public boolean remove(String name) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM desk_accounts WHERE name = ?")) {
                ps.setString(1, name);
                return ps.executeUpdate() == 1;
            }
        });
    }

    private static Account account(ResultSet rs) throws java.sql.SQLException {
        return new Account(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getTimestamp(5).toInstant());
    }
}
