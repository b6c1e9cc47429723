package org.newsdesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsdesk.domain.Issue;
import org.newsdesk.shared.Json;

/** Numbered issues. Numbers are unique per publication and year by a database constraint. */
public class IssueStore {

    private final Database db;

    public IssueStore(Database db) {
        this.db = db;
    }

    /** The next free number for a publication in a year, read in the caller's transaction. */
    public int nextNumber(Connection c, String publication, int year) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE(MAX(issue_number), 0) FROM issues WHERE publication = ? AND issue_year = ?")) {
            ps.setString(1, publication);
            ps.setInt(2, year);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) + 1;
            }
        }
    }

    public boolean fireKeyUsed(Connection c, String fireKey) throws SQLException {
        if (fireKey == null) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM issues WHERE fire_key = ?")) {
            ps.setString(1, fireKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Inserts the issue and its item links; a number or fire key already taken throws a unique violation. */
    public void insert(Connection c, Issue issue, String fireKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO issues (id, publication, issue_year, issue_number, label, issue_date, created_at, fire_key, issue_json)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setString(1, issue.id());
            ps.setString(2, issue.publication());
            ps.setInt(3, issue.year());
            ps.setInt(4, issue.number());
            ps.setString(5, issue.label());
            ps.setDate(6, Date.valueOf(issue.date()));
            ps.setTimestamp(7, Timestamp.from(Instant.now()));
            ps.setString(8, fireKey);
            ps.setString(9, ItemStore.toJson(issue));
            ps.executeUpdate();
        }
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO issue_items (issue_id, item_id, position) VALUES (?, ?, ?)")) {
            int position = 0;
            for (String itemId : issue.itemIds()) {
                ps.setString(1, issue.id());
                ps.setString(2, itemId);
                ps.setInt(3, position++);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public Optional<Issue> find(String id) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT issue_json FROM issues WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(fromJson(rs.getString(1))) : Optional.empty();
                }
            }
        });
    }

    public Optional<Issue> latest(String publication) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT issue_json FROM issues WHERE publication = ? ORDER BY issue_year DESC, issue_number DESC")) {
                ps.setMaxRows(1);
                ps.setString(1, publication);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(fromJson(rs.getString(1))) : Optional.empty();
                }
            }
        });
    }

    public List<Issue> all(String publication) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT issue_json FROM issues WHERE publication = ? ORDER BY issue_year, issue_number")) {
                ps.setString(1, publication);
                List<Issue> list = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(fromJson(rs.getString(1)));
                    }
                }
                return list;
            }
        });
    }

    static Issue fromJson(String json) {
        try {
            return Json.mapper().readValue(json, Issue.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored issue JSON cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
