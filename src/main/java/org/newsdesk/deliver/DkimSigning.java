package org.newsdesk.deliver;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.domain.Publication;
import org.simplejavamail.utils.mail.dkim.Canonicalization;
import org.simplejavamail.utils.mail.dkim.DkimMessage;
import org.simplejavamail.utils.mail.dkim.DkimSigner;
import org.simplejavamail.utils.mail.dkim.SigningAlgorithm;

/**
 * DKIM signatures (RFC 6376, rsa-sha256, relaxed/relaxed) on every mail of a publication whose
 * profile names a selector and a key file. The signature is computed when the mail is written out,
 * over the bytes that leave, and covers the headers receivers and list rules look at. A key that
 * cannot be read stops the start with the file's name: an unsigned send by mistake is worse.
 */
public final class DkimSigning {

    /** Signed on every mail, besides the MIME headers the signer adds itself. */
    static final List<String> SIGNED_HEADERS = List.of(
            "From", "To", "Subject", "Date", "Message-ID", "List-Id", "List-Unsubscribe", "List-Unsubscribe-Post");

    /**
     * One publication's signing settings. A {@link DkimSigner} keeps its digest and signature state in
     * fields, so one shared by the sending threads mixes their mails (a body hash of nothing, a
     * signature over another mail's headers): each mail gets a signer of its own, made from these.
     */
    private record Key(String domain, String selector, RSAPrivateKey privateKey) {

        DkimSigner signer() {
            DkimSigner signer = new DkimSigner(domain, selector, privateKey);
            signer.setSigningAlgorithm(SigningAlgorithm.SHA256_WITH_RSA);
            signer.setHeaderCanonicalization(Canonicalization.RELAXED);
            signer.setBodyCanonicalization(Canonicalization.RELAXED);
            // the key is checked against DNS by whoever receives the mail, not here: no lookups at start
            signer.setCheckDomainKey(false);
            signer.setLengthParam(false);
            signer.setZParam(false);
            for (String header : SIGNED_HEADERS) {
                signer.addHeaderToSign(header);
            }
            return signer;
        }
    }

    private final Map<String, Key> keys;

    private DkimSigning(Map<String, Key> keys) {
        this.keys = keys;
    }

    public static DkimSigning none() {
        return new DkimSigning(Map.of());
    }

    public static DkimSigning of(PublicationProfiles profiles) {
        Map<String, Key> keys = new HashMap<>();
        for (Publication p : profiles.all()) {
            if (p.dkim() != null) {
                keys.put(p.id(), key(p));
            }
        }
        return new DkimSigning(keys);
    }

    /** The mail to send: signed when the publication signs, else the mail itself. */
    public MimeMessage sign(MimeMessage mail, String publication) throws MessagingException {
        Key key = keys.get(publication);
        return key == null ? mail : new DkimMessage(mail, key.signer());
    }

    /** The publication's key, read and tried once at start. */
    private static Key key(Publication p) {
        Publication.Dkim dkim = p.dkim();
        String domain = dkim.domain();
        try {
            if (domain == null) {
                String from = new InternetAddress(p.fromAddress(), true).getAddress();
                domain = from.substring(from.indexOf('@') + 1);
            }
            Key key = new Key(domain, dkim.selector(), privateKey(Path.of(dkim.keyFile())));
            key.signer();
            return key;
        } catch (IOException | GeneralSecurityException | MessagingException | RuntimeException e) {
            throw new IllegalStateException(
                    "The DKIM key of publication " + p.id() + " (" + dkim.keyFile() + ") cannot be used: "
                            + e.getMessage()
                            + ". Give a 2048-bit RSA private key in PEM (PKCS#8: \"BEGIN PRIVATE KEY\").",
                    e);
        }
    }

    /** An RSA private key from a PEM file ("-----BEGIN PRIVATE KEY-----", PKCS#8). */
    static RSAPrivateKey privateKey(Path file) throws IOException, GeneralSecurityException {
        String pem = Files.readString(file, StandardCharsets.US_ASCII);
        if (pem.contains("BEGIN RSA PRIVATE KEY")) {
            throw new GeneralSecurityException(
                    "the key is in PKCS#1 form; convert it with: openssl pkcs8 -topk8 -nocrypt -in old.pem -out key.pem");
        }
        String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        return (RSAPrivateKey) KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
