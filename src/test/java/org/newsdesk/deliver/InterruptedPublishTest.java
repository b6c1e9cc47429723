package org.newsdesk.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.domain.Issue;
import org.newsdesk.render.IssueArchive;

/**
 * The service stopped after an issue was made and numbered but before it was rendered or its mails
 * planned: the resume timer renders it, plans it for those subscribed when it was made, and sends it.
 */
class InterruptedPublishTest {

    @TempDir
    Path work;

    @Test
    void anIssueMadeButNeverPlannedIsRenderedPlannedAndSentByTheResumeTimer() throws Exception {
        try (SmtpPeer peer = new SmtpPeer()) {
            Map<String, String> settings = DeliveryWorld.smtpTo(peer.port());
            settings.put("newsdesk.deliver.unplanned-after", "1s");
            try (DeliveryWorld world = DeliveryWorld.start(work, settings)) {
                world.addSubscribers("lmec", 20, i -> "reader" + i + "@example.org");
                Issue issue = world.store("lmec", 6, 2021, 1);
                Thread.sleep(50);
                world.subscribers().add("lmec", "late@example.org", "Late", "en");

                Map<String, Integer> counts = world.awaitSent("lmec-2021-6", 20, Duration.ofSeconds(60));
                Thread.sleep(300);
                assertThat(counts).containsEntry("sent", 20);
                assertThat(peer.receivedByRecipient()).hasSize(20).doesNotContainKey("late@example.org");
                assertThat(peer.receivedByRecipient().values()).containsOnly(1);
                assertThat(Files.exists(
                                world.bean("issueArchive", IssueArchive.class).pdfPath(issue)))
                        .isTrue();
            }
        }
    }
}
