package org.newsdesk.render;

import java.nio.file.Path;
import java.time.LocalDate;
import org.newsdesk.assemble.EventMerger;
import org.newsdesk.domain.Issue;
import org.newsdesk.testing.SampleItems;

/** The two sample publications' issues as the renderer is handed them, from the sample notes' items. */
final class SampleIssues {

    private SampleIssues() {}

    static Issue lmec() {
        return new Issue(
                "lmec-2021-6",
                "lmec",
                2021,
                6,
                "Issue 6, 2021",
                LocalDate.of(2021, 4, 9),
                new EventMerger().merge(java.util.List.of(SampleItems.lmecExperts(), SampleItems.lmecComments())));
    }

    static Issue chinaAsean() {
        return new Issue(
                "china-asean-2021-3",
                "china-asean",
                2021,
                3,
                "Issue 3, 2021",
                LocalDate.of(2021, 9, 17),
                new EventMerger().merge(SampleItems.forumParts()));
    }

    static IssueRenderer renderer() {
        return new IssueRenderer(
                new TemplateSet(Path.of("templates")), LmecIssueRenderingTest.PROFILES, "https://news.example.org");
    }
}
