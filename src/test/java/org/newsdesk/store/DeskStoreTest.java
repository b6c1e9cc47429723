package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.NoteFile;
import org.newsdesk.read.ReadNote;
import org.newsdesk.testing.SampleItems;

/** What the desk keeps in the store, on H2 and PostgreSQL alike. */
class DeskStoreTest {

    @OnEveryStoreBackend
    void accountsAreAddedOnceFoundListedAndRemoved(StoreBackend store) {
        Accounts accounts = new Accounts(store.db());
        assertThat(accounts.add("mei.lin", "editor", "$argon2id$hash", "mei@example.org"))
                .isTrue();
        assertThat(accounts.add("mei.lin", "admin", "$argon2id$other", null)).isFalse();
        assertThat(accounts.add("chief", "admin", "$argon2id$x", null)).isTrue();
        assertThat(accounts.find("mei.lin")).hasValueSatisfying(a -> {
            assertThat(a.role()).isEqualTo("editor");
            assertThat(a.email()).isEqualTo("mei@example.org");
            assertThat(a.toString()).doesNotContain("argon2");
        });
        assertThat(accounts.all()).extracting(Accounts.Account::name).containsExactly("chief", "mei.lin");
        assertThat(accounts.remove("chief")).isTrue();
        assertThat(accounts.remove("chief")).isFalse();
        assertThat(accounts.find("chief")).isEmpty();
    }

    @OnEveryStoreBackend
    void theAuditKeepsEveryEntryOfAnItemInOrder(StoreBackend store) {
        AuditLog audit = new AuditLog(store.db());
        audit.record("itm-1", "mei.lin", "saved", "title: \"A\" → \"B\"");
        audit.record("itm-2", "ana", "saved", null);
        audit.record("itm-1", "ana", "released", "pending for the next issue of lmec");
        assertThat(audit.forItem("itm-1"))
                .extracting(AuditLog.Entry::editor, AuditLog.Entry::action)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("mei.lin", "saved"),
                        org.assertj.core.groups.Tuple.tuple("ana", "released"));
    }

    @OnEveryStoreBackend
    void theOriginalNoteAndItsTextAreKeptOnceAndFoundByTheItemsDigest(StoreBackend store) {
        NoteArchive notes = new NoteArchive(store.db());
        byte[] mail = "From: a@example.org\r\nSubject: notes\r\n\r\n王伟表示 hello".getBytes(StandardCharsets.UTF_8);
        NoteFile original = new NoteFile("notes.eml", mail, "lmec", Instant.now(), "mailbox");
        ReadNote attachment = new ReadNote(
                "minutes.docx", "b".repeat(64), "line one\nline two", "docx", "lmec", null, null, "mailbox", List.of());
        notes.keep(original, attachment);
        notes.keep(original, attachment);
        assertThat(notes.text("b".repeat(64))).hasValueSatisfying(t -> {
            assertThat(t.text()).isEqualTo("line one\nline two");
            assertThat(t.fileName()).isEqualTo("minutes.docx");
        });
        // an attachment's original is the mail it came in
        assertThat(notes.original("b".repeat(64))).hasValueSatisfying(o -> {
            assertThat(o.fileName()).isEqualTo("notes.eml");
            assertThat(o.content()).isEqualTo(mail);
        });
        assertThat(notes.original("c".repeat(64))).isEmpty();
    }

    @OnEveryStoreBackend
    void theEditorsOrderAndItemsMovedToALaterIssueShapeTheNextIssue(StoreBackend store) {
        ItemStore items = new ItemStore(store.db());
        Item a = SampleItems.anyItem("lmec", "A");
        Item b = SampleItems.anyItem("lmec", "B");
        Item c = SampleItems.anyItem("lmec", "C");
        for (Item i : List.of(a, b, c)) {
            items.save(i);
        }
        items.reorder("lmec", List.of(c.id(), a.id(), b.id()));
        assertThat(items.withStatus("lmec", "pending")).extracting(Item::title).containsExactly("C", "A", "B");

        assertThat(items.moveToLaterIssue(a.id())).isTrue();
        assertThat(items.withStatus("lmec", "pending")).extracting(Item::title).containsExactly("C", "B");
        assertThat(items.waiting("lmec")).singleElement().satisfies(w -> {
            assertThat(w.item().id()).isEqualTo(a.id());
            assertThat(w.issuesLeft()).isEqualTo(1);
        });
        // an issue is made: A comes into the one after it
        store.db().inTransaction(conn -> {
            items.countDownWaiting(conn, "lmec");
            return null;
        });
        assertThat(items.withStatus("lmec", "pending")).extracting(Item::title).containsExactly("C", "A", "B");
        assertThat(items.count("lmec", "pending")).isEqualTo(3);

        items.moveToLaterIssue(b.id());
        assertThat(items.bringToNextIssue(b.id())).isTrue();
        assertThat(items.waiting("lmec")).isEmpty();
    }

    @OnEveryStoreBackend
    void aRejectedItemKeepsTheEditorsReason(StoreBackend store) {
        ItemStore items = new ItemStore(store.db());
        Item a = SampleItems.anyItem("lmec", "A");
        items.save(a);
        assertThat(items.reject(a.id(), "a duplicate of last week's note")).isFalse();
        items.changeStatus(a.id(), "pending", "held");
        assertThat(items.reject(a.id(), "a duplicate of last week's note")).isTrue();
        assertThat(items.statusOf(a.id())).hasValue("rejected");
        assertThat(items.rejectReason(a.id())).hasValue("a duplicate of last week's note");
    }
}
