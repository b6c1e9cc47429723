package org.newsdesk.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.read.TestNotes.file;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

    private final NoteReader reader = new NoteReader();

    @Test
    void aPageThatDeclaresItsCharsetIsReadInIt() {
        byte[] latin =
                "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body><p>Café — forum</p></body></html>"
                        .getBytes(Charset.forName("windows-1252"));
        assertThat(reader.read(file("a.html", latin)).get(0).text()).isEqualTo("Café — forum");
        byte[] gb = "<meta charset=\"gb2312\"><p>会议纪要</p>".getBytes(Charset.forName("GB2312"));
        assertThat(reader.read(file("b.html", gb)).get(0).text()).isEqualTo("会议纪要");
    }

    @Test
    void aWrongDeclarationGivesWayToTheBytes() {
        byte[] utf8 = "<meta charset=\"big5\"><p>会议纪要 café</p>".getBytes(StandardCharsets.UTF_8);
        ReadNote note = reader.read(file("c.html", utf8)).get(0);
        assertThat(note.text()).isEqualTo("会议纪要 café");
    }

    @Test
    void headingsTablesAndListsKeepTheirShape() {
        String text = reader.read(file(
                        "d.html",
                        "<h2>Zhang Yan — Expert</h2><table><tr><td>Date</td><td>15 September</td></tr></table>"
                                + "<ul><li>one</li><li>two</li></ul>"))
                .get(0)
                .text();
        assertThat(text).isEqualTo("## Zhang Yan — Expert\n\nDate: 15 September\n\n- one\n- two");
    }
}
