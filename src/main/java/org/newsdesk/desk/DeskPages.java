package org.newsdesk.desk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.render.TemplateSet;

/**
 * The desk's pages from the Mustache templates in {@code templates/desk/} (escaped by Mustache: every
 * value a person wrote is shown as text, never as markup). Each page gets the editor, the form token
 * and the publications for its navigation.
 */
public final class DeskPages {

    private final TemplateSet templates;
    private final PublicationProfiles profiles;
    private final Sessions sessions;

    public DeskPages(TemplateSet templates, PublicationProfiles profiles, Sessions sessions) {
        this.templates = templates;
        this.profiles = profiles;
        this.sessions = sessions;
    }

    /** A page of {@code template} with {@code values}; the session may be a not-signed-in one. */
    public String render(String template, String title, DeskSession session, Map<String, Object> values) {
        Map<String, Object> scope = new HashMap<>(values);
        scope.put("pageTitle", title);
        scope.put("account", session == null ? null : session.account());
        scope.put("csrf", session == null ? null : session.csrf());
        scope.put("signedIn", session != null && session.signedIn());
        scope.put("flash", sessions.takeFlash(session));
        List<Map<String, Object>> nav = profiles.all().stream()
                .map(p -> Map.<String, Object>of("id", p.id(), "name", p.name()))
                .toList();
        scope.put("navPublications", nav);
        return templates.render(template + ".mustache", scope);
    }
}
