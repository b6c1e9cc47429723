package org.newsdesk.intake;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which publication a mailed note is for, from the address it was sent to: an address a publication
 * profile lists under {@code intake_addresses} ({@code lmec-notes@newsletter.example}), or a plus tag
 * naming a publication on the shared mailbox ({@code notes+lmec@newsletter.example}). The mail's own
 * words (front matter, subject tag, content) are read later by the normalizer; this is only a hint.
 */
public final class MailboxAddresses {

    /** Headers that carry the address a mail was delivered to; relays add the last two. */
    private static final List<String> RECIPIENT_HEADERS = List.of("To", "Cc", "Delivered-To", "X-Original-To");

    private final Map<String, String> publicationByAddress;
    private final Set<String> publications;

    /**
     * @param publicationByAddress intake address (any case) → publication id
     * @param publications        the known publication ids, for plus tags
     */
    public MailboxAddresses(Map<String, String> publicationByAddress, Set<String> publications) {
        Map<String, String> lower = new java.util.HashMap<>();
        publicationByAddress.forEach((address, id) -> lower.put(address.toLowerCase(Locale.ROOT), id));
        this.publicationByAddress = Map.copyOf(lower);
        this.publications = Set.copyOf(publications);
    }

    public static MailboxAddresses none() {
        return new MailboxAddresses(Map.of(), Set.of());
    }

    /** The publication the mail's recipients name, or null when none (or more than one) does. */
    public String publicationOf(Message mail) {
        Set<String> found = new java.util.LinkedHashSet<>();
        for (String address : recipients(mail)) {
            String id = publicationOf(address);
            if (id != null) {
                found.add(id);
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** The publication one address names: listed in a profile, or by its plus tag. */
    public String publicationOf(String address) {
        String a = address.toLowerCase(Locale.ROOT).strip();
        String listed = publicationByAddress.get(a);
        if (listed != null) {
            return listed;
        }
        int at = a.indexOf('@');
        int plus = a.indexOf('+');
        if (plus > 0 && at > plus) {
            String tag = a.substring(plus + 1, at);
            return publications.contains(tag) ? tag : null;
        }
        return null;
    }

    private static List<String> recipients(Message mail) {
        List<String> out = new ArrayList<>();
        for (String header : RECIPIENT_HEADERS) {
            String[] values;
            try {
                values = mail.getHeader(header);
            } catch (MessagingException | RuntimeException e) {
                continue;
            }
            if (values == null) {
                continue;
            }
            for (String value : values) {
                try {
                    for (Address a : InternetAddress.parseHeader(value, false)) {
                        if (a instanceof InternetAddress ia && ia.getAddress() != null) {
                            out.add(ia.getAddress());
                        }
                    }
                } catch (AddressException e) {
                    // a broken recipient header names no publication
                }
            }
        }
        return out;
    }
}
