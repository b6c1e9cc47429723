package org.newsdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.domain.ReadLimits;

class InboxFilesTest {

    @TempDir
    Path work;

    private InboxFiles files() {
        return new InboxFiles(
                work.resolve("processed"),
                work.resolve("failed"),
                Set.of("lmec"),
                ReadLimits.defaults(),
                Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void aPublicationFolderIsKeptAndAnyOtherFolderIsDropped() {
        assertThat(files().processedDestination("lmec/notes.md"))
                .isEqualTo(work.resolve("processed/2026-11-23/lmec/notes.md").toString());
        assertThat(files().failedDestination("other/deeper/notes.md"))
                .isEqualTo(work.resolve("failed/notes.md").toString());
        assertThat(files().publicationOf("lmec/notes.md")).isEqualTo("lmec");
        assertThat(files().publicationOf("notes.md")).isNull();
    }

    @Test
    void aNameCannotLeadOutsideTheWorkFolders() {
        assertThat(files().failedDestination("../../../etc/passwd"))
                .isEqualTo(work.resolve("failed/passwd").toString());
        assertThat(files().failedDestination(".."))
                .isEqualTo(work.resolve("failed/note").toString());
        assertThat(files().processedDestination("a\u0000\r\nb.txt"))
                .isEqualTo(work.resolve("processed/2026-11-23/ab.txt").toString());
    }

    @Test
    void aSecondRefusedNoteOfTheSameNameDoesNotOverwriteTheFirst() throws Exception {
        Files.createDirectories(work.resolve("failed"));
        Files.writeString(work.resolve("failed/notes.txt"), "first");
        assertThat(files().failedDestination("notes.txt"))
                .isEqualTo(work.resolve("failed/notes (2).txt").toString());
        Files.writeString(work.resolve("failed/notes (2).txt"), "second");
        assertThat(files().failedDestination("notes.txt"))
                .isEqualTo(work.resolve("failed/notes (3).txt").toString());
    }

    @Test
    void aFileOverTheLimitIsRefusedFromItsSizeBeforeItIsRead() throws Exception {
        File big = work.resolve("big.txt").toFile();
        try (RandomAccessFile f = new RandomAccessFile(big, "rw")) {
            f.setLength(ReadLimits.defaults().maxNoteBytes() + 1);
        }
        assertThatThrownBy(() -> files().load(big, "big.txt")).hasMessageStartingWith("too-large");
    }
}
