package org.newsdesk.normalize;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.NoteRejectedException;
import org.newsdesk.domain.NoteSource;
import org.newsdesk.domain.Speaker;
import org.newsdesk.read.NoteReader;
import org.newsdesk.read.ReadNote;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** Turns the clean text of one note into a newsletter item: front matter and "## Name — Role, Org" headings. */
public class NoteNormalizer {

    public Item normalize(ReadNote note) {
        String text = note.text();
        Map<String, Object> front = Map.of();
        if (text.startsWith("---\n")) {
            int end = text.indexOf("\n---", 4);
            if (end > 0) {
                LoaderOptions options = new LoaderOptions();
                options.setMaxAliasesForCollections(10);
                Object loaded = new Yaml(options).load(text.substring(4, end));
                if (loaded instanceof Map<?, ?> m) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> cast = (Map<String, Object>) m;
                    front = cast;
                }
                text = text.substring(end + 4);
            }
        }
        List<Speaker> speakers = new ArrayList<>();
        String[] blocks = text.split("\n## ");
        for (int i = 1; i < blocks.length; i++) {
            String block = blocks[i];
            int nl = block.indexOf('\n');
            String heading = nl < 0 ? block : block.substring(0, nl);
            String statement = nl < 0 ? "" : block.substring(nl + 1).strip();
            String[] nameRest = heading.split(" — ", 2);
            String role = null;
            String org = null;
            if (nameRest.length > 1) {
                int comma = nameRest[1].lastIndexOf(", ");
                role = comma < 0 ? null : nameRest[1].substring(0, comma);
                org = comma < 0 ? nameRest[1] : nameRest[1].substring(comma + 2);
            }
            statement = statement.replaceAll("(?m)^- ", "");
            if (!statement.isEmpty()) {
                speakers.add(new Speaker(nameRest[0].strip(), null, role, org, statement));
            }
        }
        if (speakers.isEmpty()) {
            throw new NoteRejectedException("no-speakers", "No speaker with a statement was found in \"" + note.fileName()
                    + "\"; give each speaker a heading \"## Name — Role, Organization\" followed by the statement.");
        }
        String publication = front.get("publication") instanceof String s ? s : note.publicationHint();
        Object rawDate = front.get("date");
        LocalDate date = rawDate instanceof java.util.Date d ? d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate()
                : rawDate == null ? null : LocalDate.parse(rawDate.toString());
        List<String> organizers = front.get("organizers") instanceof List<?> l ? l.stream().map(Object::toString).toList() : List.of();
        String title = front.get("title") == null ? note.fileName() : front.get("title").toString();
        Item item = new Item(Item.SCHEMA, null, publication, title, date, front.get("format") == null ? null : front.get("format").toString(),
                front.get("location") == null ? null : front.get("location").toString(), organizers, null, speakers,
                new NoteSource(note.fileName(), note.sha256(), note.received(), note.via()), List.of());
        return item.withId("itm-" + NoteReader.sha256(title + date + speakers).substring(0, 16));
    }
}
