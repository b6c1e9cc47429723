package org.newsdesk.normalize;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Warning;

/** The self-checks every item passes before it may go out, in one list. */
final class SelfChecks {

    static final List<ItemCheck> CHECKS = List.of(
            new StatementHoldsAnotherSpeaker(),
            new SpeakerMissedInHeader(),
            new SpeakerLineInHeader(),
            new QuotedPersonNotASpeaker(),
            new SpeakerIsAPerson(),
            new SpeakerIsCertain(),
            new SpeakerNamedTwice(),
            new SpeakerHasDetails(),
            new SpeakerSpokeElsewhere(),
            new StatementIsSpeech(),
            new RoleMayHoldTheOrganization(),
            new DetailsSwallowedAClause(),
            new TitleLooksLikeATitle(),
            new TitleAgreesWithTheHeading(),
            new TitleCutShort(),
            new OrganizersNamedInText(),
            new OrganizerMissedInText(),
            new OrganizerIsAFunder(),
            new OrganizerLooksGlued(),
            new OrganizerCutShort(),
            new OrganizerListGoesOn(),
            new OrganizersDisagree(),
            new DateFromTheEvent(),
            new FormatNamedInText());

    private SelfChecks() {}

    static List<Warning> run(Item item, NoteContext note, Readings readings) {
        LinkedHashSet<Warning> out = new LinkedHashSet<>();
        for (ItemCheck check : CHECKS) {
            out.addAll(check.check(item, note, readings));
        }
        return new ArrayList<>(out);
    }
}
