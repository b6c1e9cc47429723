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
 * @param houseStyle   the glossary applied to the prose of an issue and the verb used when a note gives none
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
        HouseStyle houseStyle,
        String subscriptionReason) {

    /**
     * How the publication's mails are DKIM-signed: the selector published in DNS
     * ({@code <selector>._domainkey.<domain>}), the signing domain (the From address's when null) and
     * the private key's file (PEM, PKCS#8), kept outside git. Null in the profile: mails go unsigned.
     */
    public record Dkim(String selector, String domain, String keyFile) {}

    /**
     * The publication's house style for the prose of an issue: the glossary (shorthand and spellings the
     * notes use, each with what the issue prints instead, in the profile's order) and the reporting verb
     * a prose paragraph uses when the note gave none ("noted").
     */
    public record HouseStyle(String defaultVerb, List<GlossaryEntry> glossary) {

        public static final HouseStyle NONE = new HouseStyle("noted", List.of());

        public HouseStyle {
            defaultVerb = defaultVerb == null || defaultVerb.isBlank() ? "noted" : defaultVerb.strip();
            glossary = glossary == null ? List.of() : List.copyOf(glossary);
        }
    }

    /** One glossary line: {@code term} as the notes write it ("intl", "S-S", " & "), {@code replacement} as the issue prints it. */
    public record GlossaryEntry(String term, String replacement) {}

    /** A profile without a house style (no glossary, "noted" when a note gives no verb) and the default reason line. */
    public Publication(
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
            Dkim dkim) {
        this(
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
                dkim,
                HouseStyle.NONE,
                null);
    }

    public Publication {
        houseStyle = houseStyle == null ? HouseStyle.NONE : houseStyle;
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
                houseStyle,
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
