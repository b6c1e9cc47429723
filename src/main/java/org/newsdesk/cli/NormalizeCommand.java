package org.newsdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsdesk.app.NormalizerFactory;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.NoteFile;
import org.newsdesk.domain.NoteRejectedException;
import org.newsdesk.domain.ReadLimits;
import org.newsdesk.normalize.NoteNormalizer;
import org.newsdesk.read.NoteReader;
import org.newsdesk.read.ReadNote;
import org.newsdesk.shared.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Reads notes without storing anything and prints {"items":[...],"errors":[...],"warnings":[...]}.
 * Exit 0 when at least one item was read, 2 when every note was rejected, 1 on an internal fault.
 * With {@code --publication PUB} the notes are read as if filed in {@code inbox/PUB/}.
 */
@Command(
        name = "normalize",
        description = "Read notes and print the newsletter items they make, as JSON. Stores nothing.")
public class NormalizeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "note files (.md .txt .html .eml .pdf .docx)")
    List<Path> files;

    @Option(
            names = "--publication",
            paramLabel = "PUB",
            description = "read the notes as if filed in inbox/PUB/ (the publication is not guessed)")
    String publication;

    @Override
    public Integer call() {
        ObjectMapper json = Json.mapper();
        ObjectNode out = json.createObjectNode();
        ArrayNode items = out.putArray("items");
        ArrayNode errors = out.putArray("errors");
        ArrayNode warnings = out.putArray("warnings");
        NoteReader reader = new NoteReader();
        Path profiles = Workspace.home().resolve("config/publications");
        NoteNormalizer normalizer = Files.isDirectory(profiles)
                ? NormalizerFactory.create(PublicationProfiles.load(profiles))
                : new NoteNormalizer();
        ReadLimits limits = ReadLimits.defaults();
        try {
            for (Path file : files) {
                String name = file.getFileName().toString();
                try {
                    byte[] bytes = readBounded(file, limits.maxNoteBytes());
                    List<ReadNote> notes = reader.read(new NoteFile(name, bytes, publication, Instant.now(), "file"));
                    for (ReadNote note : notes) {
                        note.warnings().forEach(warnings::add);
                        try {
                            Item item = normalizer.normalize(note);
                            items.add(json.valueToTree(item));
                        } catch (NoteRejectedException e) {
                            errors.add(error(json, e, note.fileName()));
                        }
                    }
                } catch (NoteRejectedException e) {
                    errors.add(error(json, e, name));
                }
            }
            System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(out));
            return items.isEmpty() ? 2 : 0;
        } catch (IOException | RuntimeException e) {
            System.err.println("newsdesk normalize: internal fault: " + e);
            return 1;
        }
    }

    private static ObjectNode error(ObjectMapper json, NoteRejectedException e, String file) {
        ObjectNode node = json.createObjectNode();
        node.put("code", e.code());
        node.put("message", e.problem().message());
        node.put("file", file);
        return node;
    }

    /** Refuses an oversized file from its size on disk, before reading it into memory. */
    static byte[] readBounded(Path file, long max) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoteRejectedException(
                    "not-found", "There is no note file \"" + file.getFileName() + "\"; check the path.");
        }
        long size = Files.size(file);
        if (size > max) {
            throw new NoteRejectedException(
                    "too-large",
                    "The note \"" + file.getFileName() + "\" is " + (size / 1024) + " kB, over the limit of "
                            + (max / 1024) + " kB; split it into smaller notes.");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes((int) max + 1);
        }
    }
}
