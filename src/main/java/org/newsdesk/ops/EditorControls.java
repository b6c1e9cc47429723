package org.newsdesk.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.deliver.ReplyKind;
import org.newsdesk.domain.Issue;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Publication;
import org.newsdesk.domain.Warning;
import org.newsdesk.shared.Json;
import org.newsdesk.store.DeliveryLedger;
import org.newsdesk.store.Holds;
import org.newsdesk.store.Instances;
import org.newsdesk.store.IssueStore;
import org.newsdesk.store.ItemStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The editor's controls, the same for the command line and the HTTP endpoints (routes/editor.camel.yaml):
 * hold and release a publication, publish now, the status of every publication, and the review of
 * items held because a person must settle their warnings.
 */
public class EditorControls {

    private static final Logger LOG = LoggerFactory.getLogger(EditorControls.class);

    /** An item held for review, as listed. */
    public record HeldItem(String id, String publication, String title, List<Warning> warnings, String file) {}

    /** What "publish now" did. */
    public record PublishOutcome(
            String publication, String issue, String label, Map<String, Integer> deliveries, String message) {}

    /** The result of a control that changes one thing. */
    public record Done(String subject, String message) {}

    private final ClusterMembership membership;
    private final CamelContext context;
    private final PublicationProfiles profiles;
    private final Holds holds;
    private final ItemStore items;
    private final IssueStore issues;
    private final DeliveryLedger ledger;
    private final Clock clock;

    public EditorControls(
            CamelContext context,
            PublicationProfiles profiles,
            Holds holds,
            ItemStore items,
            IssueStore issues,
            DeliveryLedger ledger,
            ClusterMembership membership,
            Clock clock) {
        this.membership = membership;
        this.context = context;
        this.profiles = profiles;
        this.holds = holds;
        this.items = items;
        this.issues = issues;
        this.ledger = ledger;
        this.clock = clock;
    }

    public Done hold(String publication) {
        known(publication);
        holds.hold(publication);
        LOG.info("Publication {} put on hold by an editor", publication);
        return new Done(publication, "on hold: scheduled fires make no issue until it is released");
    }

    public Done release(String publication) {
        known(publication);
        holds.release(publication);
        LOG.info("Publication {} released by an editor", publication);
        return new Done(publication, "released: the next scheduled fire makes an issue from the pending items");
    }

    /** Makes and sends the next issue now, through the publish route, hold or not. */
    public PublishOutcome publishNow(String publication) {
        known(publication);
        Optional<Issue> before = issues.latest(publication);
        try (ProducerTemplate producer = context.createProducerTemplate()) {
            producer.sendBodyAndHeaders("direct:publish", null, Map.of("publication", publication, "publishNow", true));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        Optional<Issue> after = issues.latest(publication);
        if (after.isEmpty() || after.map(Issue::id).equals(before.map(Issue::id))) {
            return new PublishOutcome(
                    publication, null, null, Map.of(), "no issue made: no item is pending (see the log)");
        }
        Issue made = after.get();
        LOG.info("Publication {}: {} published now by an editor", publication, made.id());
        return new PublishOutcome(publication, made.id(), made.label(), ledger.counts(made.id()), "published");
    }

    /** The services running on this store and which leads each single-active route. */
    public record RunningInstances(List<Instances.Seen> running, Map<String, String> leaders) {}

    public RunningInstances instances() {
        return new RunningInstances(membership.running(), membership.leaders());
    }

    public List<PublicationStatus> status() {
        Instant now = clock.instant();
        List<PublicationStatus> list = new ArrayList<>();
        for (Publication p : profiles.all()) {
            Optional<Issue> last = issues.latest(p.id());
            list.add(new PublicationStatus(
                    p.id(),
                    holds.held(p.id()),
                    items.count(p.id(), "pending"),
                    items.count(p.id(), "held"),
                    last.map(Issue::id).orElse(null),
                    last.map(Issue::label).orElse(null),
                    last.map(Issue::date).orElse(null),
                    last.map(i -> ledger.counts(i.id())).orElse(Map.of()),
                    NextFireTime.after(p.schedule(), p.timeZone(), now),
                    p.timeZone()));
        }
        return list;
    }

    /** The send of one issue, its refusals grouped by state and kind of reply. */
    public IssueDeliveries issueDeliveries(String issueId) {
        Issue issue = issues.find(issueId)
                .orElseThrow(() -> new EditorRefusedException(
                        404, "No issue " + issueId + ": ./newsdesk status lists the last issue of each publication."));
        Map<String, IssueDeliveries.Reason> groups = new LinkedHashMap<>();
        for (DeliveryLedger.Attention a : ledger.attention(issueId, Integer.MAX_VALUE)) {
            String kind = ReplyKind.of(a.reply());
            groups.merge(
                    a.state() + '\u0000' + kind,
                    new IssueDeliveries.Reason(a.state(), kind, 1, a.reply()),
                    (old, one) -> new IssueDeliveries.Reason(old.state(), old.kind(), old.count() + 1, old.example()));
        }
        List<IssueDeliveries.Reason> reasons = new ArrayList<>(groups.values());
        reasons.sort(java.util.Comparator.comparing(IssueDeliveries.Reason::state)
                .thenComparing(IssueDeliveries.Reason::count, java.util.Comparator.reverseOrder()));
        return new IssueDeliveries(issue.id(), issue.publication(), issue.label(), ledger.counts(issueId), reasons);
    }

    public List<HeldItem> reviewList() {
        List<HeldItem> list = new ArrayList<>();
        for (Item item : items.withStatus(null, "held")) {
            list.add(new HeldItem(
                    item.id(),
                    item.publication(),
                    item.title(),
                    item.warnings(),
                    item.source() == null ? null : item.source().file()));
        }
        return list;
    }

    public Item reviewShow(String id) {
        return items.find(id).orElseThrow(() -> new EditorRefusedException(404, "There is no item \"" + id + "\"."));
    }

    /** Replaces a held item with the editor's corrected JSON; it stays held until released. */
    public Done reviewImport(String json) {
        Item item;
        try {
            item = Json.mapper().readValue(json, Item.class);
        } catch (JsonProcessingException e) {
            throw new EditorRefusedException(
                    400,
                    "The item JSON cannot be read: " + e.getOriginalMessage()
                            + (e.getLocation() == null
                                    ? ""
                                    : " (line " + e.getLocation().getLineNr() + ")") + ".");
        }
        if (item.id() == null) {
            throw new EditorRefusedException(
                    400, "The item JSON has no \"id\"; keep the id of the item shown by review show.");
        }
        if (item.publication() != null) {
            known(item.publication());
        }
        String status = items.statusOf(item.id())
                .orElseThrow(() -> new EditorRefusedException(404, "There is no item \"" + item.id() + "\"."));
        if (!"held".equals(status) || !items.replaceHeld(item)) {
            throw new EditorRefusedException(
                    409,
                    "Item " + item.id() + " is " + status + ", not held for review: only held items can be replaced.");
        }
        LOG.info("Item {} corrected by an editor; still held until released", item.id());
        return new Done(item.id(), "imported; still held: release it to publish it");
    }

    /** The same, for a request that names the item: the JSON must be that item's. */
    public Done reviewImport(String id, String json) {
        String named;
        try {
            named = Json.mapper().readTree(json).path("id").asText(null);
        } catch (JsonProcessingException e) {
            throw new EditorRefusedException(400, "The item JSON cannot be read: " + e.getOriginalMessage() + ".");
        }
        if (!id.equals(named)) {
            throw new EditorRefusedException(
                    400, "The item JSON has the id of another item; send it to that item's address.");
        }
        return reviewImport(json);
    }

    /** Held → pending: the item goes into its publication's next issue. */
    public Done reviewRelease(String id) {
        Item item = reviewShow(id);
        if (item.publication() == null) {
            throw new EditorRefusedException(
                    409, "Item " + id + " names no publication: set \"publication\" in its JSON and import it first.");
        }
        known(item.publication());
        if (!items.changeStatus(id, "held", "pending")) {
            throw new EditorRefusedException(409, "Item " + id + " is not held for review.");
        }
        LOG.info("Item {} released by an editor: pending for {}", id, item.publication());
        return new Done(id, "pending for the next issue of " + item.publication());
    }

    public Done reviewReject(String id) {
        reviewShow(id);
        if (!items.changeStatus(id, "held", "rejected")) {
            throw new EditorRefusedException(409, "Item " + id + " is not held for review.");
        }
        LOG.info("Item {} rejected by an editor", id);
        return new Done(id, "rejected: it will not be published");
    }

    /** The status as one JSON-ready map per publication, in profile order. */
    public Map<String, PublicationStatus> statusByPublication() {
        Map<String, PublicationStatus> map = new LinkedHashMap<>();
        status().forEach(s -> map.put(s.publication(), s));
        return map;
    }

    private void known(String publication) {
        if (publication == null || !profiles.ids().contains(publication)) {
            throw new EditorRefusedException(
                    404,
                    "There is no publication \"" + publication + "\"; known: " + String.join(", ", profiles.ids())
                            + ".");
        }
    }
}
