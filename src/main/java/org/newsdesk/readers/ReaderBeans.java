package org.newsdesk.readers;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.config.Settings;
import org.newsdesk.deliver.MailTransport;
import org.newsdesk.deliver.UnsubscribeTokens;
import org.newsdesk.render.IssueArchive;
import org.newsdesk.render.TemplateSet;
import org.newsdesk.store.Consents;
import org.newsdesk.store.IssueStore;
import org.newsdesk.store.SubscriberStore;

/** The readers' side on the web (routes/readers.camel.yaml): each bean made once, by the names the routes call. */
public final class ReaderBeans {

    private final Map<String, Object> named = new LinkedHashMap<>();
    private final ArchiveSite site;

    public ReaderBeans(
            Settings settings,
            Clock clock,
            PublicationProfiles profiles,
            IssueStore issues,
            IssueArchive archive,
            SubscriberStore subscribers,
            Consents consents,
            MailTransport transport,
            UnsubscribeTokens unsubscribeTokens) {
        String publicUrl = settings.get("newsdesk.public-url", "http://localhost:8080");
        TemplateSet templates = new TemplateSet(
                settings.folder("newsdesk.templates-dir", "templates").resolve("site"));
        site = new ArchiveSite(issues, archive, profiles, templates, publicUrl);
        SignupTokens tokens = new SignupTokens(
                settings.get("newsdesk.unsubscribe.secret", null),
                settings.getDuration("newsdesk.subscribe.link-valid", Duration.ofHours(48)),
                clock);
        named.put("archivePages", new ArchivePages(site, profiles, templates));
        named.put(
                "subscribePages",
                new SubscribePages(
                        tokens,
                        subscribers,
                        consents,
                        transport,
                        profiles,
                        site,
                        templates,
                        publicUrl,
                        settings.getDuration("newsdesk.subscribe.window", Duration.ofHours(1)),
                        settings.getInt("newsdesk.subscribe.per-client", 10),
                        settings.getInt("newsdesk.subscribe.per-address", 1),
                        clock));
        named.put("preferencesPages", new PreferencesPages(unsubscribeTokens, subscribers, profiles, templates));
    }

    public Map<String, Object> named() {
        return Collections.unmodifiableMap(named);
    }

    /** The archive's pages, for the demo's static copy. */
    public ArchiveSite site() {
        return site;
    }
}
