package org.newsdesk.normalize;

import java.util.Optional;

/**
 * "Water Resilience Officer of the City of Santa Cruz de la Sierra", "Deputy Director-General of the Lao
 * Department of Water Resources": after the last "of the" that opens the name of a body (up to three
 * capitalised words, then a head noun such as City, Department, Ministry, University), the rest is the
 * organisation and what comes before is the job. The rest must read as a name to the end (capitalised
 * words and the small words names use), and the part before must be a job title. "Minister of Foreign
 * Affairs" has no "of the" and no body, so it stays a role.
 */
final class OrganizationAfterOfThe {

    private static final String OF_THE = " of the ";
    private static final int MAX_WORDS_BEFORE_HEAD = 3;

    private OrganizationAfterOfThe() {}

    static Optional<RoleAndOrganization.RoleOrg> split(String text) {
        for (int at = text.lastIndexOf(OF_THE); at > 0; at = text.lastIndexOf(OF_THE, at - 1)) {
            String job = RoleAndOrganization.tidy(text.substring(0, at));
            String body = RoleAndOrganization.tidy(text.substring(at + OF_THE.length()));
            if (opensWithABody(body)
                    && readsAsAName(body)
                    && RoleAndOrganization.isTitle(job)
                    && !endsWithTitle(body)) {
                return Optional.of(new RoleAndOrganization.RoleOrg(job, body));
            }
        }
        return Optional.empty();
    }

    /** "City of …", "Lao Department of …", "National University of Laos": a head noun within the first words. */
    static boolean opensWithABody(String body) {
        String[] words = body.split("\\s+");
        for (int i = 0; i < words.length && i <= MAX_WORDS_BEFORE_HEAD; i++) {
            String w = words[i];
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
            if (Vocabulary.ORGANIZATION_HEAD_WORDS.contains(Vocabulary.key(w))) {
                // "of the City" alone names no body; "of the City of Turku" and "of the Lao Department" do
                return i > 0 || i + 1 < words.length;
            }
        }
        return false;
    }

    private static boolean readsAsAName(String body) {
        for (String w : body.split("\\s+")) {
            String k = Vocabulary.key(w);
            if (!k.isEmpty()
                    && !Character.isUpperCase(w.replaceAll("^[^\\p{L}]+", "").charAt(0))
                    && !Vocabulary.NAME_JOINERS.contains(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWithTitle(String phrase) {
        String[] words = phrase.split("\\s+");
        return Vocabulary.TITLE_NOUNS.contains(Vocabulary.key(words[words.length - 1]));
    }
}
