package org.newsdesk.normalize;

import java.util.List;
import java.util.Optional;
import org.newsdesk.normalize.LabelledLine.Field;
import org.newsdesk.normalize.LabelledLine.Label;

/**
 * A labelled block per speaker, in English, Chinese (simplified or traditional) or both:
 * <pre>
 * 发言人 Speaker: Mr. Sounadeth Soukchaleun
 * 职务 Role: Deputy Director for Planning and Finance
 * 单位 Org: Ministry of Natural Resources and Environment, Lao PDR
 * 要点 Notes: The LMEC is a good platform ...
 * </pre>
 * Role and organization are taken as labelled, never re-split; inside the block "Title:" is a job title.
 */
final class KeyValueSpeakers implements SpeakerRule {

    private static boolean isSpeakerField(String line) {
        Optional<Field> f = LabelledLine.parse(line);
        return f.isPresent()
                && (f.get().label() == Label.ROLE
                        || f.get().label() == Label.ORGANIZATION
                        || f.get().label() == Label.STATEMENT
                        || f.get().label() == Label.TITLE);
    }

    private static String blankOrDash(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        return v.isEmpty() || v.equals("—") || v.equals("-") || v.equals("–") ? null : v;
    }

    @Override
    public Optional<SpeakerMatch> match(List<String> lines, int at) {
        Optional<Field> first = LabelledLine.parse(lines.get(at));
        if (first.isEmpty()
                || first.get().label() != Label.SPEAKER
                || first.get().value().isBlank()) {
            return Optional.empty();
        }
        String name = first.get().value();
        String role = null;
        String organization = null;
        String statement = null;
        boolean labelled = false;
        int next = at + 1;
        while (next < lines.size()) {
            // Word templates put each label in a paragraph of its own: one blank line between them is not the end
            if (lines.get(next).isBlank()) {
                if (next + 1 < lines.size() && isSpeakerField(lines.get(next + 1))) {
                    next++;
                    continue;
                }
                break;
            }
            Optional<Field> field = LabelledLine.parse(lines.get(next));
            if (field.isEmpty()) {
                break;
            }
            Label label = field.get().label();
            String value = field.get().value();
            next++;
            if (label == Label.ROLE || label == Label.TITLE) {
                role = value;
                labelled = true;
            } else if (label == Label.ORGANIZATION) {
                organization = value;
                labelled = true;
            } else if (label == Label.STATEMENT) {
                statement = value;
                break;
            } else {
                next--;
                break;
            }
        }
        role = blankOrDash(role);
        organization = blankOrDash(organization);
        Person person = labelled
                ? People.of(name, role, organization)
                : HeaderText.nameThenDetails(name).orElse(People.of(name, null));
        return Optional.of(new SpeakerMatch(at, next, List.of(person), statement));
    }
}
