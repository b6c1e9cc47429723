package org.newsdesk.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The issue templates in {@code templates/}, compiled once and compiled again when a file is saved,
 * so an operator's edit takes effect at the next render without a restart.
 */
public final class TemplateSet {

    private record Compiled(FileTime modified, Mustache mustache) {}

    private final Path folder;
    private final ConcurrentHashMap<String, Compiled> cache = new ConcurrentHashMap<>();

    public TemplateSet(Path folder) {
        this.folder = folder;
    }

    public String render(String name, Object scope) {
        return render(name, java.util.List.of(scope));
    }

    /** Renders with several scopes; a name is looked up in the last scope first. */
    public String render(String name, java.util.List<Object> scopes) {
        Path file = folder.resolve(name);
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            Compiled compiled = cache.compute(
                    name,
                    (k, old) -> old != null && old.modified().equals(modified)
                            ? old
                            : new Compiled(modified, new DefaultMustacheFactory(folder.toFile()).compile(name)));
            StringWriter out = new StringWriter();
            compiled.mustache().execute(out, scopes);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Template " + file + " cannot be read", e);
        }
    }

    /** A file of the set as it is (a style sheet), read at each call so a saved change shows at once. */
    public String raw(String name) {
        Path file = folder.resolve(name).normalize();
        if (!file.startsWith(folder.normalize())) {
            throw new IllegalArgumentException("Not a file of the template set: " + name);
        }
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Template " + file + " cannot be read", e);
        }
    }

    public Path folder() {
        return folder;
    }
}
