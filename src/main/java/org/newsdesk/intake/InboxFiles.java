package org.newsdesk.intake;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.newsdesk.domain.NoteFile;
import org.newsdesk.domain.NoteRejectedException;
import org.newsdesk.domain.ReadLimits;
import org.newsdesk.shared.SafeNames;

/**
 * Notes dropped in the inbox folder. {@code inbox/<publication>/note.txt} names its publication by the
 * subfolder. A file over the size limit is refused from its size on disk, before it is read. Where a
 * file goes afterwards: {@code processed/<date>/...} when read, {@code failed/...} when refused.
 */
public class InboxFiles {

    private final Path processed;
    private final Path failed;
    private final Set<String> publications;
    private final ReadLimits limits;
    private final Clock clock;

    public InboxFiles(Path processed, Path failed, Set<String> publications, ReadLimits limits, Clock clock) {
        this.processed = processed.toAbsolutePath().normalize();
        this.failed = failed.toAbsolutePath().normalize();
        this.publications = Set.copyOf(publications);
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Reads a dropped file into a {@link NoteFile}.
     *
     * @param file         the file in the inbox
     * @param relativeName its path below the inbox (CamelFileName), e.g. {@code lmec/notes.txt}
     */
    public NoteFile load(File file, String relativeName) {
        String name = SafeNames.displayName(relativeName);
        long size = file.length();
        if (size > limits.maxNoteBytes()) {
            throw new NoteRejectedException(
                    "too-large",
                    "The note \"" + name + "\" is " + (size / 1024) + " kB, over the limit of "
                            + (limits.maxNoteBytes() / 1024) + " kB; split it into smaller notes.");
        }
        try (InputStream in = Files.newInputStream(file.toPath())) {
            byte[] bytes = in.readNBytes((int) limits.maxNoteBytes() + 1);
            return new NoteFile(name, bytes, publicationOf(relativeName), Instant.now(clock), "folder");
        } catch (IOException e) {
            throw new UncheckedIOException("The note " + name + " cannot be read from the inbox", e);
        }
    }

    /** The publication named by the first folder below the inbox, when it is a known publication. */
    public String publicationOf(String relativeName) {
        if (relativeName == null) {
            return null;
        }
        String path = relativeName.replace('\\', '/');
        int slash = path.indexOf('/');
        if (slash <= 0) {
            return null;
        }
        String folder = path.substring(0, slash);
        return publications.contains(folder) ? folder : null;
    }

    /** Where a read note is moved: processed/yyyy-MM-dd/<publication>/<name>. */
    public String processedDestination(String relativeName) {
        return destination(processed.resolve(LocalDate.now(clock).toString()), relativeName)
                .toString();
    }

    /** Where a refused note is moved: failed/<publication>/<name>. */
    public String failedDestination(String relativeName) {
        return destination(failed, relativeName).toString();
    }

    /**
     * Where the reason for refusing an entry left in the inbox (a link, a pipe) is written:
     * {@code failed/[<publication>/]<name>.error.json}, beside where a refused note of that name would go.
     */
    public Path errorFileFor(String relativeName) {
        Path target = destination(failed, relativeName);
        return target.resolveSibling(target.getFileName() + ".error.json");
    }

    /** Keeps the subfolder (a publication) but never lets a name step outside the target folder. */
    private Path destination(Path base, String relativeName) {
        String name = SafeNames.displayName(relativeName);
        String folder = publicationOf(relativeName);
        Path target =
                (folder == null ? base : base.resolve(folder)).resolve(name).normalize();
        if (!target.startsWith(base)) {
            throw new IllegalStateException("Refusing to move a note outside " + base);
        }
        return unused(target);
    }

    /**
     * Two notes of the same name must not overwrite each other (the earlier one would be lost):
     * {@code notes.txt}, then {@code notes (2).txt}, {@code notes (3).txt}...
     */
    static Path unused(Path target) {
        if (!Files.exists(target)) {
            return target;
        }
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; ; n++) {
            Path candidate = target.resolveSibling(stem + " (" + n + ")" + ext);
            if (!Files.exists(candidate)) {
                return candidate;
            }
        }
    }

    public Path failedFolder() {
        return failed;
    }
}
