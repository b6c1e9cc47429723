package org.newsdesk.app;

import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.deliver.DeliveryService;
import org.newsdesk.ops.EditorControls;
import org.newsdesk.readers.ArchiveSite;
import org.newsdesk.render.IssueArchive;
import org.newsdesk.render.PreviewService;
import org.newsdesk.store.Accounts;
import org.newsdesk.store.DeliveryLedger;
import org.newsdesk.store.IssueStore;
import org.newsdesk.store.ItemStore;
import org.newsdesk.store.SubscriberStore;

/**
 * The beans a command calls directly, as the composition root made them: typed handles, so a
 * command never looks a bean up by name.
 */
public record Newsdesk(
        PublicationProfiles profiles,
        ItemStore items,
        IssueStore issues,
        SubscriberStore subscribers,
        DeliveryLedger ledger,
        IssueArchive archive,
        PreviewService preview,
        DeliveryService delivery,
        EditorControls editor,
        Accounts accounts,
        ArchiveSite site) {}
