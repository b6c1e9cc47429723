package org.newsdesk.assemble;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.domain.Issue;
import org.newsdesk.domain.IssueEvent;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Publication;
import org.newsdesk.store.Database;
import org.newsdesk.store.IssueStore;
import org.newsdesk.store.ItemStore;
import org.newsdesk.store.StoreException;

/**
 * Turns the pending items of a publication into its next numbered issue, in one transaction. Two
 * assemblies racing for the same number meet the database's unique key: the loser rolls back and
 * tries again with the next number, so numbers have no gaps and no duplicates.
 */
public class IssueAssembler {

    private static final int ATTEMPTS = 20;

    private final Database db;
    private final ItemStore items;
    private final IssueStore issues;
    private final PublicationProfiles profiles;
    private final Clock clock;
    private final EventMerger merger = new EventMerger();
    private final AtomicLong lostRaces = new AtomicLong();

    public IssueAssembler(Database db, ItemStore items, IssueStore issues, PublicationProfiles profiles, Clock clock) {
        this.db = db;
        this.items = items;
        this.issues = issues;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** Makes the next issue; empty when there is nothing pending or this fire already made one. */
    public Optional<Issue> assembleNext(String publicationId, String fireKey) {
        Publication publication = profiles.get(publicationId);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return db.inTransaction(c -> tryAssemble(c, publication, fireKey));
            } catch (StoreException e) {
                if (!(e.uniqueViolation() || e.transactionConflict()) || attempt == ATTEMPTS) {
                    throw e;
                }
                lostRaces.incrementAndGet();
            } catch (ItemsTaken e) {
                // another assembly published some of these items first: read the pending items again
                lostRaces.incrementAndGet();
            }
        }
        throw new StoreException("Could not number an issue of " + publicationId + " after " + ATTEMPTS + " attempts");
    }

    /** How often an assembly met a concurrent one (number or items taken) and tried again. */
    public long lostRaces() {
        return lostRaces.get();
    }

    public Optional<Issue> assembleNext(String publicationId) {
        return assembleNext(publicationId, null);
    }

    /** The issue as it would be now, marked as a preview: no number taken, no item changed. */
    public Optional<Issue> preview(String publicationId) {
        Publication publication = profiles.get(publicationId);
        List<Item> pending = items.withStatus(publicationId, "pending");
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = today(publication);
        List<IssueEvent> events = styled(publication, merger.merge(pending));
        // the number it would get is only read, never taken: the label tells the editor which issue this is
        int wouldBe = db.withConnection(c -> issues.nextNumber(c, publicationId, today.getYear()));
        return Optional.of(new Issue(
                "preview-" + publicationId,
                publicationId,
                today.getYear(),
                0,
                "PREVIEW of " + publication.labelFor(wouldBe, today.getYear()),
                today,
                events));
    }

    private Optional<Issue> tryAssemble(Connection c, Publication publication, String fireKey) throws SQLException {
        if (issues.fireKeyUsed(c, fireKey)) {
            return Optional.empty();
        }
        List<Item> pending = items.pending(c, publication.id());
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = today(publication);
        int year = today.getYear();
        int number = issues.nextNumber(c, publication.id(), year);
        List<IssueEvent> events = styled(publication, merger.merge(pending));
        Issue issue = new Issue(
                publication.id() + "-" + year + "-" + number,
                publication.id(),
                year,
                number,
                publication.labelFor(number, year),
                today,
                events);
        issues.insert(c, issue, fireKey);
        if (!items.markPublished(c, issue.itemIds())) {
            throw new ItemsTaken();
        }
        items.countDownWaiting(c, publication.id());
        return Optional.of(issue);
    }

    /** The events in the publication's house style, each with the changes it made listed for the editor. */
    private static List<IssueEvent> styled(Publication publication, List<IssueEvent> events) {
        HouseStyle style = new HouseStyle(publication.houseStyle());
        return events.stream().map(style::apply).toList();
    }

    private LocalDate today(Publication publication) {
        ZoneId zone = publication.timeZone() == null ? clock.getZone() : ZoneId.of(publication.timeZone());
        return LocalDate.now(clock.withZone(zone));
    }

    /** Some pending item was published by a concurrent assembly. */
    private static final class ItemsTaken extends RuntimeException {
        ItemsTaken() {
            super(null, null, false, false);
        }
    }
}
