package org.newsdesk.readers;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import org.newsdesk.domain.Issue;
import org.newsdesk.domain.IssueEvent;
import org.newsdesk.domain.Publication;

/**
 * A publication's Atom 1.0 feed (RFC 4287), written by Rome: one entry per issue, newest first, its
 * events as the summary, its web page as the alternate link and its PDF as an enclosure.
 */
public final class AtomFeed {

    private AtomFeed() {}

    /** {@code base} is the public address of the archive, e.g. https://news.example/p/lmec/. */
    public static String of(Publication publication, List<Issue> newestFirst, String base) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(base);
        feed.setTitle(publication.name());
        feed.setLanguage(publication.language());
        Person author = new Person();
        author.setName(publication.mastheadEn() == null ? publication.name() : publication.mastheadEn());
        feed.setAuthors(List.of(author));
        feed.setAlternateLinks(List.of(link("alternate", "text/html", base)));
        feed.setOtherLinks(List.of(link("self", "application/atom+xml", base + "feed.atom")));
        feed.setUpdated(newestFirst.isEmpty() ? new Date(0) : updated(newestFirst.get(0)));
        List<Entry> entries = new ArrayList<>();
        for (Issue issue : newestFirst) {
            String page = base + ArchiveSite.issuePath(issue);
            Entry entry = new Entry();
            entry.setId(page);
            entry.setTitle(issue.label());
            entry.setUpdated(updated(issue));
            entry.setPublished(updated(issue));
            entry.setAlternateLinks(List.of(link("alternate", "text/html", page)));
            entry.setOtherLinks(List.of(link("enclosure", "application/pdf", page + ArchiveSite.PDF_NAME)));
            Content summary = new Content();
            summary.setType("text");
            summary.setValue(issue.events().stream().map(IssueEvent::title).collect(Collectors.joining("\n")));
            entry.setSummary(summary);
            entries.add(entry);
        }
        feed.setEntries(entries);
        try {
            return new WireFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("The feed of " + publication.id() + " cannot be written", e);
        }
    }

    private static Date updated(Issue issue) {
        return Date.from(issue.date().atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }
}
