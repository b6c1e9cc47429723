package org.newsdesk.domain;

import java.util.List;

/**
 * A publication profile: masthead, issue label, contact block exactly as published, about block,
 * sender, and the house style for speaker paragraphs.
 *
 * @param dkim          how mails are signed, or null
 * @param archivePublic whether the issues are on the public web archive ({@code /p/<id>/}) and feed
 * @param speakerStyle {@code prose} ("Ms. X, Role, Org, noted that ...") or {@code block}
 *                     (name line, role and organization line, statement)
 * @param subject       the mail subject's template: {@code {label}}, {@code {name}} and {@code {first_title}}
 *                      (the lead event's title)
 * @param subscriptionReason the sentence at the foot of every mail telling the reader why it came, or null
 *                      for {@link #subscriptionReason()}'s default
 */
public record Publication(
        String id,
        String name,
        String language,
        String mastheadZh,
        String mastheadEn,
        String subtitle,
        String issueLabel,
        String issueDateFormat,
        String contactHeading,
        String contactVerbatim,
        String about,
        String fromAddress,
        String replyTo,
        String subject,
        String speakerStyle,
        String schedule,
        String timeZone,
        List<String> mailboxAliases,
        List<String> intakeAddresses,
        boolean archivePublic,
        Dkim dkim,
        String subscriptionReason) {

    /**
     * How the publication's mails are DKIM-signed: the selector published in DNS
     * ({@code <selector>._domainkey.<domain>}), the signing domain (the From address's when null) and
     * the private key's file (PEM, PKCS#8), kept outside git. Null in the profile: mails go unsigned.
     */
    public record Dkim(String selector, String domain, String keyFile) {}

    public Publication {
        mailboxAliases = mailboxAliases == null ? List.of() : List.copyOf(mailboxAliases);
        intakeAddresses = intakeAddresses == null ? List.of() : List.copyOf(intakeAddresses);
    }

    /** "Issue {number}, {year}" with the numbers filled in. */
    public String labelFor(int number, int year) {
        return issueLabel.replace("{number}", Integer.toString(number)).replace("{year}", Integer.toString(year));
    }

    /** The same publication, its mails signed as {@code newDkim} says (null: unsigned). */
    public Publication withDkim(Dkim newDkim) {
        return new Publication(
                id,
                name,
                language,
                mastheadZh,
                mastheadEn,
                subtitle,
                issueLabel,
                issueDateFormat,
                contactHeading,
                contactVerbatim,
                about,
                fromAddress,
                replyTo,
                subject,
                speakerStyle,
                schedule,
                timeZone,
                mailboxAliases,
                intakeAddresses,
                archivePublic,
                newDkim,
                subscriptionReason);
    }

    /** Why the reader gets the mail: the profile's sentence, or "You receive this because you subscribed to …". */
    public String subscriptionReason() {
        return subscriptionReason == null || subscriptionReason.isBlank()
                ? "You receive this because you subscribed to " + name + "."
                : subscriptionReason.strip();
    }

    public boolean proseStyle() {
        return "prose".equalsIgnoreCase(speakerStyle);
    }
}
