-- A send pass pages through an issue's pending rows in subscriber order (keyset paging). With the
-- subscriber in the index, each page is read straight from it: no sort of the whole list, and the rows
-- read per page stay the same at 5 000 or 100 000 subscribers. It replaces (issue_id, status), its prefix.
CREATE INDEX deliveries_due_ix ON deliveries (issue_id, status, subscriber_id);
DROP INDEX deliveries_status_ix;
