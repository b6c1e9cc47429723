package org.newsdesk.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.domain.Publication;

/** The publication profiles in {@code config/publications/*.yaml}, keyed by id. */
public final class PublicationProfiles {

    private final Map<String, Publication> byId;

    public PublicationProfiles(Collection<Publication> publications) {
        Map<String, Publication> map = new LinkedHashMap<>();
        publications.forEach(p -> map.put(p.id(), p));
        this.byId = Map.copyOf(map);
    }

    public static PublicationProfiles load(Path folder) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<Publication> list = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.{yaml,yml}")) {
            List<Path> sorted = new ArrayList<>();
            files.forEach(sorted::add);
            sorted.sort(null);
            for (Path file : sorted) {
                try {
                    list.add(fromYaml(yaml.readTree(file.toFile()), file));
                } catch (IOException | IllegalArgumentException e) {
                    throw new IllegalStateException(
                            "Publication profile " + file + " cannot be read: " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list publication profiles in " + folder, e);
        }
        return new PublicationProfiles(list);
    }

    /** The subject where a profile gives none: the sender's name already says which newsletter it is. */
    public static final String DEFAULT_SUBJECT = "{label}: {first_title}";

    static Publication fromYaml(JsonNode n, Path file) {
        String id = required(n, "id", file);
        if (!id.matches("[a-z0-9][a-z0-9-]{0,40}")) {
            throw new IllegalArgumentException("id must be lower-case letters, digits and dashes");
        }
        List<String> aliases = new ArrayList<>();
        n.path("aliases").forEach(a -> aliases.add(a.asText()));
        List<String> intakeAddresses = new ArrayList<>();
        n.path("intake_addresses").forEach(a -> intakeAddresses.add(a.asText()));
        return new Publication(
                id,
                required(n, "name", file),
                text(n.path("language"), "en"),
                text(n.path("masthead").path("zh"), null),
                text(n.path("masthead").path("en"), null),
                text(n.path("masthead").path("subtitle"), "Newsletter"),
                text(n.path("issue_numbering").path("label"), "Issue {number}, {year}"),
                text(n.path("issue_numbering").path("issue_date_format"), "MMMM d, yyyy"),
                text(n.path("contact").path("heading"), "Contact Us"),
                text(n.path("contact").path("verbatim"), null),
                text(n.path("about"), null),
                required(n, "from_address", file),
                text(n.path("reply_to"), null),
                text(n.path("subject"), DEFAULT_SUBJECT),
                text(n.path("speaker_style"), "prose"),
                text(n.path("schedule").path("cron"), null),
                text(n.path("schedule").path("time_zone"), "UTC"),
                aliases,
                intakeAddresses,
                "public".equals(text(n.path("archive"), "private")),
                n.path("dkim").isMissingNode() || n.path("dkim").isNull()
                        ? null
                        : new Publication.Dkim(
                                required(n.path("dkim"), "selector", file),
                                text(n.path("dkim").path("domain"), null),
                                required(n.path("dkim"), "key_file", file)),
                houseStyle(n.path("house_style")),
                text(n.path("subscription_reason"), null));
    }

    /** {@code house_style: {default_verb, glossary: {term: replacement, ...}}}; absent: no glossary, "noted". */
    static Publication.HouseStyle houseStyle(JsonNode n) {
        if (n.isMissingNode() || n.isNull()) {
            return Publication.HouseStyle.NONE;
        }
        List<Publication.GlossaryEntry> glossary = new ArrayList<>();
        JsonNode terms = n.path("glossary");
        if (!terms.isMissingNode() && !terms.isNull() && !terms.isObject()) {
            throw new IllegalArgumentException("house_style.glossary must map each term to what the issue prints");
        }
        terms.fields().forEachRemaining(e -> {
            if (e.getKey().isBlank()
                    || !e.getValue().isValueNode()
                    || e.getValue().isNull()) {
                throw new IllegalArgumentException(
                        "house_style.glossary: the term '" + e.getKey() + "' needs a replacement text");
            }
            glossary.add(new Publication.GlossaryEntry(e.getKey(), e.getValue().asText()));
        });
        return new Publication.HouseStyle(text(n.path("default_verb"), null), glossary);
    }

    private static String required(JsonNode n, String field, Path file) {
        String v = text(n.path(field), null);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("the field '" + field + "' is missing");
        }
        return v;
    }

    private static String text(JsonNode node, String fallback) {
        return node.isMissingNode() || node.isNull() ? fallback : node.asText();
    }

    public Optional<Publication> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public Publication get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("No publication profile '" + id
                + "' in config/publications; known: " + String.join(", ", byId.keySet())));
    }

    public Collection<Publication> all() {
        return byId.values();
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }
}
