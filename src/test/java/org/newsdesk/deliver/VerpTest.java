package org.newsdesk.deliver;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.domain.Subscriber;

/** Each mail's envelope sender names its issue and subscriber, signed, so a bounce can be tied back. */
class VerpTest {

    @RegisterExtension
    static GreenMailExtension greenMail =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    final VerpTokens tokens = new VerpTokens(DeliveryWorld.SECRET);

    @Test
    void aTokenNamesItsMailAndCannotBeMadeForAnother() {
        String token = tokens.tokenFor("china-asean-2026-12", 48213);
        assertThat(tokens.verify(token)).hasValue(new VerpTokens.Sent("china-asean-2026-12", 48213));
        assertThat(tokens.verify(token.replace(".48213.", ".48214."))).isEmpty();
        assertThat(tokens.verify("china-asean-2026-12.48213.AAAAAAAAAAAAAAAA")).isEmpty();
        assertThat(tokens.verify(null)).isEmpty();
        assertThat(tokens.verify("nodots")).isEmpty();
        assertThat(new VerpTokens("another secret of sixteen").verify(token)).isEmpty();
        assertThat(tokens.returnPath("bounces", "LMEC Newsletter <newsletter@lmec.example>", "lmec-2026-7", 3))
                .matches("bounces\\+lmec-2026-7\\.3\\.[A-Za-z0-9_-]{16}@lmec\\.example")
                .satisfies(a -> assertThat(a.substring(0, a.indexOf('@'))).hasSizeLessThanOrEqualTo(64));
    }

    @Test
    void theMailGoesOutWithItsOwnReturnPathAndTheFromUnchanged() throws Exception {
        NewsletterMail mail = new NewsletterMail(
                NewsletterMailTest.TOKENS, "https://news.example.org", DkimSigning.none(), tokens, "bounces");
        Subscriber reader = new Subscriber(77, "lmec", "reader77@example.org", null, "en", "active");
        MimeMessage composed = mail.compose(NewsletterMailTest.issue("Issue 7, 2026"), NewsletterMailTest.LMEC, reader);
        try (SmtpTransport smtp = new SmtpTransport(new SmtpTransport.Settings(
                "127.0.0.1", greenMail.getSmtp().getPort(), "none", null, null, 1, 10_000))) {
            assertThat(smtp.send(composed, "lmec-2021-6", 77).kind()).isEqualTo(SendResult.Kind.SENT);
        }
        MimeMessage received = greenMail.getReceivedMessages()[0];
        String returnPath = received.getHeader("Return-Path", null).replaceAll("[<>]", "");
        assertThat(returnPath).startsWith("bounces+").endsWith("@lmec.example");
        String token = returnPath.substring("bounces+".length(), returnPath.indexOf('@'));
        assertThat(tokens.verify(token))
                .hasValueSatisfying(s -> assertThat(s.subscriber()).isEqualTo(77));
        assertThat(received.getFrom()[0].toString()).contains("newsletter@lmec.example");
    }
}
