package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Speaker;
import org.newsdesk.domain.Warning;

/**
 * A speaker with a role but no organisation, whose role goes on after "of" into what may be the name of
 * a body: "Minister of the Kingdom of Cambodia", "Director of Lao Water Resources Department". The
 * reader splits a role from an organisation only where the words say so; where they do not, a role that
 * may have swallowed the organisation is held rather than published with no organisation. "Minister of
 * Foreign Affairs" (no "the", no word of an organisation) is a role and passes.
 */
final class RoleMayHoldTheOrganization implements ItemCheck {

    @Override
    public List<Warning> check(Item item, NoteContext note, Readings readings) {
        List<Warning> out = new ArrayList<>();
        for (int k = 0; k < item.speakers().size(); k++) {
            Speaker s = item.speakers().get(k);
            if (s.organization() != null || s.role() == null) {
                continue;
            }
            Optional<String> body = bodyInRole(s.role());
            if (body.isPresent()) {
                out.add(Warning.at(
                        "organization-in-role",
                        "speakers[" + k + "].organization",
                        SpeakerIsAPerson.line(note, k),
                        "No organisation was read for " + s.name() + ", but the role \"" + s.role()
                                + "\" may hold it (\"" + body.get()
                                + "\"); move the organisation out of the role, or confirm there is none."));
            }
        }
        return out;
    }

    /** The words after "of" that may name a body: after "of the" a capitalised name, after "of" a word of an organisation. */
    static Optional<String> bodyInRole(String role) {
        for (int at = role.indexOf(" of "); at > 0; at = role.indexOf(" of ", at + 1)) {
            String rest = role.substring(at + 4).strip();
            String afterThe = rest.startsWith("the ") ? rest.substring(4).strip() : null;
            if (afterThe != null && !afterThe.isEmpty() && Character.isUpperCase(afterThe.charAt(0))) {
                return Optional.of(rest);
            }
            if (Vocabulary.anyWordIn(rest, Vocabulary.ORGANIZATION_WORDS)
                    || Vocabulary.anyWordIn(rest, Vocabulary.ORGANIZATION_HEAD_WORDS)
                    || List.of(rest.split("\\s+")).stream().anyMatch(Vocabulary::isAcronym)) {
                return Optional.of(rest);
            }
        }
        return Optional.empty();
    }
}
