package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class StoreExceptionTest {

    @Test
    void aUniqueViolationIsToldFromAConflictAndFromOtherFailures() {
        StoreException duplicate = new StoreException(new SQLException("duplicate key", "23505"));
        StoreException serialization = new StoreException(new SQLException("could not serialize", "40001"));
        StoreException deadlock = new StoreException(new SQLException("deadlock detected", "40P01"));
        StoreException syntax = new StoreException(new SQLException("syntax error", "42601"));

        assertThat(duplicate.uniqueViolation()).isTrue();
        assertThat(duplicate.transactionConflict()).isFalse();
        assertThat(serialization.transactionConflict()).isTrue();
        assertThat(deadlock.transactionConflict()).isTrue();
        assertThat(syntax.uniqueViolation() || syntax.transactionConflict()).isFalse();
        assertThat(new StoreException("no cause").uniqueViolation()).isFalse();
    }
}
