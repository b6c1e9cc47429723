package org.newsdesk.intake;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileFilter;

/**
 * What the inbox folder consumer may pick up: ordinary files and ordinary folders only. A symbolic
 * link (to a file or a folder) or anything else that is not a regular file (a pipe, a socket, a
 * device) is refused where it lies: never followed, never moved, nothing it points to touched. The
 * refusal is recorded once per entry with its reason and counted like any refused note; the entry
 * then stays in the inbox, skipped, until someone replaces or removes it.
 */
public class InboxEntries implements GenericFileFilter<File> {

    private final InboxFiles files;
    private final RejectedNotes rejected;
    /** Entries already refused (path and what it was), so each is reported once, not at every poll. */
    private final Set<String> refused = ConcurrentHashMap.newKeySet();

    public InboxEntries(InboxFiles files, RejectedNotes rejected) {
        this.files = files;
        this.rejected = rejected;
    }

    @Override
    public boolean accept(GenericFile<File> file) {
        Path path = file.getFile().toPath();
        String relative = file.getRelativeFilePath();
        if (Files.isSymbolicLink(path)) {
            String target = linkTarget(path);
            refuseOnce(
                    path + " -> " + target,
                    relative,
                    "symlink",
                    "\"" + printable(relative) + "\" in the inbox is a symbolic link (to " + printable(target)
                            + "); newsdesk reads only ordinary files and folders and has left it where it is."
                            + " Copy the note itself into the inbox and remove the link.");
            return false;
        }
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)
                || Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            refuseOnce(
                    path + " (special)",
                    relative,
                    "not-a-file",
                    "\"" + printable(relative) + "\" in the inbox is not an ordinary file (a pipe,"
                            + " socket or device); newsdesk has left it where it is. Remove it and drop the"
                            + " note as a file.");
        }
        return false;
    }

    private void refuseOnce(String key, String relative, String code, String message) {
        if (!refused.add(key)) {
            return;
        }
        try {
            rejected.refusedInPlace(code, message, relative, files.errorFileFor(relative));
        } catch (IOException e) {
            refused.remove(key);
            throw new UncheckedIOException("The refusal of " + relative + " cannot be recorded", e);
        }
    }

    /** A name as a person can read it in a log line or a JSON file: control characters shown as '?'. */
    private static String printable(String name) {
        return name.replaceAll("\\p{Cntrl}", "?");
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "an unreadable target";
        }
    }
}
