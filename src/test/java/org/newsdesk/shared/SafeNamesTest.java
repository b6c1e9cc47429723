package org.newsdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SafeNamesTest {

    @Test
    void aDisplayNameKeepsNoFolderNoControlCharacterAndNoLeadingDot() {
        assertThat(SafeNames.displayName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(SafeNames.displayName("C:\\Users\\x\\notes.txt")).isEqualTo("notes.txt");
        assertThat(SafeNames.displayName("a\u0000b\r\nc.txt")).isEqualTo("abc.txt");
        assertThat(SafeNames.displayName("..")).isEqualTo("note");
        assertThat(SafeNames.displayName(".hidden.md")).isEqualTo("hidden.md");
        assertThat(SafeNames.displayName("论坛纪要.txt")).isEqualTo("论坛纪要.txt");
    }

    @Test
    void anAttachmentNameThatClimbsOrHidesControlCharactersIsRefused() {
        for (String name :
                new String[] {"../x.txt", "a/../../x.txt", "..\\x.txt", "x\u0000.txt", "x\r\n.txt", "%2e%2e/x.txt"}) {
            assertThatThrownBy(() -> SafeNames.attachmentName(name))
                    .as(name)
                    .hasMessageStartingWith("unsafe-attachment-name");
        }
    }

    @Test
    void anAttachmentNameWithAFullPathKeepsTheFileName() {
        assertThat(SafeNames.attachmentName("/home/x/notes.txt")).isEqualTo("notes.txt");
        assertThat(SafeNames.attachmentName("C:\\notes\\forum..final.docx")).isEqualTo("forum..final.docx");
    }
}
