package org.newsdesk.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the checker behind the W3C's HTML validator, Maven artifact {@code nu.validator:validator}),
 * run in this JVM on an HTML5 document given as a string.
 *
 * <p>Nothing is fetched: the HTML5 schema and the checker's own rules are read from the copies packed in its jar,
 * external entities are not loaded, and the document is parsed from memory, so the resources it names (style
 * sheets, images, scripts) are never requested. Language detection is off: it guesses, and these checks must not.
 */
public final class HtmlChecker {

    /** The checker's schema for HTML5 with SVG, MathML, ITS and RDFa Lite, as the online checker uses it. */
    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private HtmlChecker() {}

    /** What the checker said of one place in the document. */
    public record Message(Kind kind, int line, int column, String text) {

        @Override
        public String toString() {
            return line + ":" + column + ": " + kind.word + ": " + text;
        }
    }

    public enum Kind {
        ERROR("error"),
        WARNING("warning");

        private final String word;

        Kind(String word) {
            this.word = word;
        }
    }

    /** The document's errors, each as "line:column: error: message"; empty for a valid document. */
    public static List<String> errors(String html) {
        return of(html, Kind.ERROR);
    }

    /** The document's warnings (valid, but probably not what was meant), each as "line:column: warning: message". */
    public static List<String> warnings(String html) {
        return of(html, Kind.WARNING);
    }

    private static List<String> of(String html, Kind kind) {
        return check(html).stream()
                .filter(m -> m.kind() == kind)
                .map(Message::toString)
                .toList();
    }

    /** Everything the checker says of the document, errors and warnings, in document order. */
    public static List<Message> check(String html) {
        Collector collector = new Collector();
        try {
            // a validator keeps the state of the document it checks: a fresh one for each document
            SimpleDocumentValidator validator = new SimpleDocumentValidator(false, false, false);
            validator.setUpMainSchema(SCHEMA, new SchemaErrors());
            // streamed, as the checker's own command line does: buffering would lose the location of problems
            // found at an end tag (a head without a title comes back at -1:-1); no external entities are loaded
            validator.setUpValidatorAndParsers(collector, false, false);
            InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            source.setSystemId("document.html");
            validator.checkHtmlInputSource(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("the Nu Html Checker could not check the document", e);
        }
        return List.copyOf(collector.messages);
    }

    private static final class Collector implements ErrorHandler {

        private final List<Message> messages = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
            add(Kind.WARNING, e);
        }

        @Override
        public void error(SAXParseException e) {
            add(Kind.ERROR, e);
        }

        @Override
        public void fatalError(SAXParseException e) {
            add(Kind.ERROR, e);
        }

        private void add(Kind kind, SAXParseException e) {
            messages.add(new Message(kind, e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
        }
    }

    /** The packed schema is the checker's own: a problem reading it is a broken checker, never the document's. */
    private static final class SchemaErrors implements ErrorHandler {

        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
