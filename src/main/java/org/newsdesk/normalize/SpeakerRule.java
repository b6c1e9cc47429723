package org.newsdesk.normalize;

import java.util.List;
import java.util.Optional;

/** One way officers write who is speaking. A rule looks at one line and says whether a speaker starts there. */
interface SpeakerRule {

    Optional<SpeakerMatch> match(List<String> lines, int at);
}
