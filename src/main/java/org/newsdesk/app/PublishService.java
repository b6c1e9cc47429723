package org.newsdesk.app;

import java.util.Date;
import java.util.Optional;
import org.newsdesk.assemble.IssueAssembler;
import org.newsdesk.domain.Issue;
import org.newsdesk.store.Holds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The publish step the routes call: assemble the next issue of a publication, once per scheduled fire.
 */
public class PublishService {

    private static final Logger LOG = LoggerFactory.getLogger(PublishService.class);

    private final IssueAssembler assembler;
    private final Holds holds;

    public PublishService(IssueAssembler assembler, Holds holds) {
        this.assembler = assembler;
        this.holds = holds;
    }

    /**
     * The next issue, or null when there is nothing to publish (no pending items, the publication is
     * on hold, or this fire already made its issue).
     *
     * @param fireTime the scheduled fire time, or null for "publish now"
     */
    public Issue assemble(String publication, Date fireTime, boolean now) {
        if (!now && holds.held(publication)) {
            LOG.info("Publication {} is on hold: no issue made; items wait", publication);
            return null;
        }
        String fireKey = fireTime == null ? null : publication + "@" + fireTime.toInstant();
        Optional<Issue> issue = assembler.assembleNext(publication, fireKey);
        if (issue.isEmpty()) {
            LOG.info(
                    "Publication {}: no issue made (nothing pending{})",
                    publication,
                    fireKey == null ? "" : " or fire already handled");
            return null;
        }
        Issue made = issue.get();
        LOG.info(
                "Publication {}: {} made with {} events, {} items",
                publication,
                made.id(),
                made.events().size(),
                made.itemIds().size());
        return made;
    }
}
