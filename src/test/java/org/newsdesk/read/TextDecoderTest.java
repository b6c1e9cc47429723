package org.newsdesk.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.newsdesk.domain.NoteRejectedException;

class TextDecoderTest {

    static final String SIMPLIFIED = "澜湄环境合作中心于二零二一年九月十五日在昆明举办了圆桌会议。" + "与会专家表示，绿色金融是推动区域可持续发展的重要工具，各国应该加强政策沟通和经验交流。";
    static final String TRADITIONAL = "瀾湄環境合作中心於二零二一年九月十五日在昆明舉辦了圓桌會議。" + "與會專家表示，綠色金融是推動區域可持續發展的重要工具，各國應該加強政策溝通和經驗交流。";

    private final TextDecoder decoder = new TextDecoder();

    @Test
    void simplifiedChineseInGb18030WithoutDeclarationIsReadAsGb18030() {
        TextDecoder.Decoded d = decoder.decode(SIMPLIFIED.getBytes(Charset.forName("GB18030")));
        assertThat(d.text()).isEqualTo(SIMPLIFIED);
        assertThat(d.charset().name()).isEqualTo("GB18030");
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void traditionalChineseInBig5IsNotTakenForGb18030Mojibake() {
        byte[] big5 = TRADITIONAL.getBytes(Charset.forName("Big5"));
        assertThat(new String(big5, Charset.forName("GB18030")))
                .doesNotContain("\uFFFD"); // the trap: it decodes "fine"
        TextDecoder.Decoded d = decoder.decode(big5);
        assertThat(d.text()).isEqualTo(TRADITIONAL);
        assertThat(d.charset().name()).startsWith("Big5");
    }

    @Test
    void shortChineseLinesAreStillToldApart() {
        assertThat(decoder.decode("會議紀要：與會者發言".getBytes(Charset.forName("Big5")))
                        .text())
                .isEqualTo("會議紀要：與會者發言");
        assertThat(decoder.decode("会议纪要：与会者发言".getBytes(Charset.forName("GB18030")))
                        .text())
                .isEqualTo("会议纪要：与会者发言");
    }

    @Test
    void mixedEnglishAndGbkChineseWithCrlfIsRead() {
        String text = "Title: 绿色金融圆桌会议\r\nDate: 2021-09-15\r\n\r\n## 苗红 — 可持续投资项目主任, WRI China\r\n她表示，中国的经验值得分享。\r\n";
        assertThat(decoder.decode(text.getBytes(Charset.forName("GBK"))).text()).isEqualTo(text);
    }

    @Test
    void utf8WithAndWithoutByteOrderMarkIsRead() {
        byte[] plain = SIMPLIFIED.getBytes(StandardCharsets.UTF_8);
        assertThat(decoder.decode(plain).text()).isEqualTo(SIMPLIFIED);
        assertThat(decoder.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain))
                        .text())
                .isEqualTo(SIMPLIFIED);
    }

    @Test
    void utf16WithByteOrderMarkIsRead() {
        assertThat(decoder.decode(concat(
                                new byte[] {(byte) 0xFF, (byte) 0xFE}, TRADITIONAL.getBytes(StandardCharsets.UTF_16LE)))
                        .text())
                .isEqualTo(TRADITIONAL);
        assertThat(decoder.decode(concat(
                                new byte[] {(byte) 0xFE, (byte) 0xFF},
                                "Notes — café".getBytes(StandardCharsets.UTF_16BE)))
                        .text())
                .isEqualTo("Notes — café");
    }

    @Test
    void utf8WithOneBadByteIsRefusedNamingTheOffsetNotReadAsAnotherCharset() {
        byte[] good = ("Ms. Miao Hong — Directora, café " + SIMPLIFIED).getBytes(StandardCharsets.UTF_8);
        byte[] bad = good.clone();
        bad[38] = (byte) 0xFF; // the lead byte of the second Chinese character
        assertThatThrownBy(() -> decoder.decode(bad)).isInstanceOfSatisfying(NoteRejectedException.class, e -> {
            assertThat(e.code()).isEqualTo("invalid-utf8");
            assertThat(e.problem().message()).contains("offset 38");
        });
    }

    @Test
    void latinTextSavedAsWindows1252WithoutADeclarationIsReadAsWindows1252() {
        String french = "Atelier sur la r\u00e9utilisation des eaux grises \u2013 M. Fran\u00e7ois L\u00e9ger a "
                + "soulign\u00e9 que \u00ab l\u2019eau \u00bb co\u00fbte cher, \u00e0 25 \u00b0C.";
        TextDecoder.Decoded d = decoder.decode(french.getBytes(LatinPlausibility.WINDOWS_1252));
        assertThat(d.text()).isEqualTo(french);
        assertThat(d.charset()).isEqualTo(LatinPlausibility.WINDOWS_1252);
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void koreanOrJapaneseBytesAreNotTakenForWindows1252() {
        byte[] korean = "\uD574\uC870\uB958 \uC232 \uBCF5\uC6D0 \uBE0C\uB9AC\uD551".getBytes(Charset.forName("EUC-KR"));
        byte[] japanese = "\u6D77\u85FB\u306E\u68EE\u306E\u518D\u751F".getBytes(Charset.forName("Shift_JIS"));
        assertThat(LatinPlausibility.decode(korean)).isNull();
        assertThat(LatinPlausibility.decode(japanese)).isNull();
    }

    @Test
    void bytesWithControlCodesOrUnassignedWindows1252BytesAreRefused() {
        byte[] binary = {'N', 'o', 't', 'e', (byte) 0x81, (byte) 0x9D, 's'};
        byte[] symbols = "Forum \u00c6\u00d0\u00de\u00a4\u00a6".getBytes(LatinPlausibility.WINDOWS_1252);
        assertThatThrownBy(() -> decoder.decode(binary)).hasMessageContaining("invalid-utf8");
        assertThatThrownBy(() -> decoder.decode(symbols)).hasMessageContaining("invalid-utf8");
    }

    @Test
    void utf8ThatBreaksInTheMiddleOfACharacterNamesTheOffsetOfThatCharacter() {
        byte[] full = "abc中".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(full, full.length - 1);
        assertThatThrownBy(() -> decoder.decode(cut)).hasMessageContaining("offset 3");
    }

    @Test
    void aByteOrderMarkThatLiesIsRefused() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xC3};
        assertThatThrownBy(() -> decoder.decode(bytes)).hasMessageContaining("invalid-utf8");
    }

    @Test
    void aDeclaredCharsetThatIsWrongGivesWayToWhatTheBytesAre() {
        TextDecoder.Decoded d = decoder.decode(SIMPLIFIED.getBytes(StandardCharsets.UTF_8), Charset.forName("Big5"));
        assertThat(d.text()).isEqualTo(SIMPLIFIED);
        assertThat(d.warnings()).singleElement().asString().contains("declared Big5");
    }

    static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
