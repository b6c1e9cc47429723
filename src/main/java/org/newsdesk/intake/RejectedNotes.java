package org.newsdesk.intake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Metrics;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.newsdesk.domain.Problem;
import org.newsdesk.shared.Json;
import org.newsdesk.shared.SafeNames;
import org.newsdesk.shared.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records why a note was refused: {@code failed/<name>.error.json} beside the kept original, with
 * {code, message, file, sha256, at}. The officer reads the message; the original is never deleted.
 */
public class RejectedNotes {

    private static final Logger LOG = LoggerFactory.getLogger(RejectedNotes.class);

    private final Clock clock;

    public RejectedNotes(Clock clock) {
        this.clock = clock;
    }

    /**
     * Writes the error file next to where the refused note will be moved.
     *
     * @param destination the path the note is moved to (failed/...)
     * @param original    the note's file in the inbox
     */
    public Problem record(Throwable error, String destination, String originalPath) throws IOException {
        File original = new File(originalPath);
        Problem problem = Problem.of(error);
        Metrics.counter("newsdesk.notes.rejected").increment();
        Path target = Path.of(destination);
        Files.createDirectories(target.getParent());
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("code", problem.code());
        json.put("message", problem.message());
        json.put("file", SafeNames.displayName(original.getName()));
        json.put("sha256", Sha256.hex(Files.newInputStream(original.toPath())));
        json.put("at", Instant.now(clock).toString());
        Path errorFile = target.resolveSibling(target.getFileName() + ".error.json");
        Files.write(errorFile, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(json));
        if ("internal-error".equals(problem.code())) {
            LOG.error(
                    "Note {} could not be processed; kept in {}",
                    json.get("file").asText(),
                    target,
                    error);
        } else {
            LOG.warn("Note {} refused ({}): {}", json.get("file").asText(), problem.code(), problem.message());
        }
        return problem;
    }

    /**
     * Records the refusal of an inbox entry that stays where it is (a symbolic link, a pipe): the
     * reason in {@code errorFile}, counted and logged like a refused note, the entry itself untouched.
     */
    public void refusedInPlace(String code, String message, String relativeName, Path errorFile) throws IOException {
        Metrics.counter("newsdesk.notes.rejected").increment();
        Files.createDirectories(errorFile.getParent());
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("code", code);
        json.put("message", message);
        json.put("file", SafeNames.displayName(relativeName));
        json.put("kept", "inbox/" + relativeName.replaceAll("\\p{Cntrl}", "?"));
        json.put("at", Instant.now(clock).toString());
        Files.write(errorFile, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(json));
        LOG.warn("Inbox entry {} refused ({}): {}", json.get("kept").asText(), code, message);
    }

    /** Counts a mail from the mailbox that was refused (it moves to the failed folder; its sender is told). */
    public Problem mailRefused(Throwable error) {
        Problem problem = Problem.of(error);
        // the reply to its sender logs the refusal (deliver/MailReplies)
        Metrics.counter("newsdesk.notes.rejected").increment();
        return problem;
    }
}
