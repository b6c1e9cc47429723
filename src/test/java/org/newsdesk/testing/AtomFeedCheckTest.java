package org.newsdesk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.testing.AtomFeedCheck.Enclosure;
import org.newsdesk.testing.AtomFeedCheck.Parsed;

class AtomFeedCheckTest {

    private static final String FEED = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>LMEC newsletter</title>
              <id>urn:uuid:60a76c80-d399-11d9-b93c-0003939e0af6</id>
              <updated>2026-03-14T09:00:00Z</updated>
              <author><name>The desk</name></author>
              <link rel="self" href="https://news.example.org/feed.atom"/>
              <entry>
                <title>Issue 12 — Spring</title>
                <id>https://news.example.org/issues/12</id>
                <link rel="alternate" type="text/html" href="https://news.example.org/issues/12.html"/>
                <link rel="enclosure" type="application/pdf" length="48213" href="https://news.example.org/issues/12.pdf"/>
                <updated>2026-03-14T09:00:00Z</updated>
                <summary>Spring meeting: three speakers.</summary>
              </entry>
            </feed>
            """;

    @BeforeEach
    void feedparserIsThere() {
        AtomFeedCheck.assumeAvailable();
    }

    @Test
    void aValidFeedParsesCleanlyAndItsValuesComeBack() {
        Parsed parsed = AtomFeedCheck.parse(FEED);

        assertThat(parsed.bozo()).as(parsed.bozoException()).isFalse();
        assertThat(parsed.bozoException()).isNull();
        assertThat(parsed.feed().title()).isEqualTo("LMEC newsletter");
        assertThat(parsed.feed().id()).isEqualTo("urn:uuid:60a76c80-d399-11d9-b93c-0003939e0af6");
        assertThat(parsed.feed().updated()).isEqualTo("2026-03-14T09:00:00Z");
        assertThat(parsed.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.title()).isEqualTo("Issue 12 — Spring");
            assertThat(entry.id()).isEqualTo("https://news.example.org/issues/12");
            assertThat(entry.link()).isEqualTo("https://news.example.org/issues/12.html");
            assertThat(entry.updated()).isEqualTo("2026-03-14T09:00:00Z");
            assertThat(entry.summary()).isEqualTo("Spring meeting: three speakers.");
            assertThat(entry.enclosures())
                    .containsExactly(new Enclosure("https://news.example.org/issues/12.pdf", "application/pdf"));
        });
    }

    @Test
    void aFeedWithAnUnclosedElementIsBozoAndSaysWhere() {
        Parsed parsed = AtomFeedCheck.parse(FEED.replace("</summary>", ""));

        assertThat(parsed.bozo()).isTrue();
        assertThat(parsed.bozoException()).contains("mismatched tag");
    }

    @Test
    void aFeedWithoutEntriesHasNoEntriesAndNullForWhatItLacks() {
        Parsed parsed = AtomFeedCheck.parse("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Empty</title></feed>
                """);

        assertThat(parsed.bozo()).isFalse();
        assertThat(parsed.feed().title()).isEqualTo("Empty");
        assertThat(parsed.feed().id()).isNull();
        assertThat(parsed.entries()).isEmpty();
    }
}
