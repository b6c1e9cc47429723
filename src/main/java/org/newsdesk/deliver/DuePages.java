package org.newsdesk.deliver;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.newsdesk.store.DeliveryLedger;
import org.newsdesk.store.DeliveryLedger.Delivery;

/**
 * The rows a send pass walks, read from the ledger a page at a time as the pass reaches them: memory
 * and the rows read per page stay the same whatever the size of the list. A row that another sender
 * claims, or that is put off, after its page was read is skipped when its claim fails.
 */
final class DuePages implements Iterator<Delivery> {

    private final DeliveryLedger ledger;
    private final String issueId;
    private final int pageSize;
    private List<Delivery> page = List.of();
    private int next;
    private long after = Long.MIN_VALUE;
    private boolean last;

    DuePages(DeliveryLedger ledger, String issueId, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be at least 1, not " + pageSize);
        }
        this.ledger = ledger;
        this.issueId = issueId;
        this.pageSize = pageSize;
    }

    @Override
    public boolean hasNext() {
        if (next < page.size()) {
            return true;
        }
        if (last) {
            return false;
        }
        page = ledger.due(issueId, after, pageSize);
        next = 0;
        last = page.size() < pageSize;
        if (!page.isEmpty()) {
            after = page.get(page.size() - 1).subscriberId();
        }
        return !page.isEmpty();
    }

    @Override
    public Delivery next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return page.get(next++);
    }
}
