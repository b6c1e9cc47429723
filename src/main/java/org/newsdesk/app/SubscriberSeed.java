package org.newsdesk.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.deliver.SubscriberCsv;
import org.newsdesk.domain.Publication;
import org.newsdesk.store.SubscriberStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports {@code config/subscribers/<publication>.csv} at start: new addresses are added, known ones
 * keep their status, so an unsubscribe is never undone by the seed file.
 */
final class SubscriberSeed {

    private static final Logger LOG = LoggerFactory.getLogger(SubscriberSeed.class);

    private SubscriberSeed() {}

    static void importAll(Path folder, PublicationProfiles profiles, SubscriberStore store) {
        for (Publication p : profiles.all()) {
            Path csv = folder.resolve(p.id() + ".csv");
            if (!Files.exists(csv)) {
                continue;
            }
            try {
                SubscriberCsv.Result result = SubscriberCsv.importFile(csv, p.id(), store);
                if (result.added() > 0 || !result.problems().isEmpty()) {
                    LOG.info("Subscribers of {}: {} added from {}", p.id(), result.added(), csv.getFileName());
                }
                result.problems().forEach(problem -> LOG.warn("{}: {}", csv.getFileName(), problem));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + csv, e);
            }
        }
    }
}
