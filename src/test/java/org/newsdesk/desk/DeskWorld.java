package org.newsdesk.desk;

import static org.awaitility.Awaitility.await;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Speaker;
import org.newsdesk.domain.Warning;
import org.newsdesk.store.Accounts;
import org.newsdesk.store.ItemStore;
import org.newsdesk.testing.RunningNewsdesk;

/**
 * A running newsdesk with its HTTP server on a random port and one desk account, and a browser-like
 * client (cookies kept, redirects not followed, so each answer can be checked).
 */
final class DeskWorld implements AutoCloseable {

    static final String EDITOR = "mei.lin";
    static final String PASSWORD = "correct horse battery";
    static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    final Path work;
    final RunningNewsdesk newsdesk;
    final String base;

    DeskWorld(Path work, Map<String, String> extra) {
        this.work = work;
        Map<String, String> settings = RunningNewsdesk.withHttp(work, 0);
        settings.putAll(extra);
        newsdesk = RunningNewsdesk.start(settings);
        base = "http://localhost:" + newsdesk.httpPort();
        Accounts accounts = newsdesk.bean("deskAccounts", Accounts.class);
        accounts.add(EDITOR, "editor", new Passwords().hash(PASSWORD), "mei.lin@example.org");
    }

    ItemStore items() {
        return newsdesk.bean("itemStore", ItemStore.class);
    }

    /** Drops an example note and waits for its item; returns it. */
    Item read(String example) throws Exception {
        int before = items().count(null, "pending") + items().count(null, "held");
        RunningNewsdesk.dropNote(work, example);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> items().count(null, "pending") + items().count(null, "held") > before);
        List<Item> all = new ArrayList<>(items().withStatus(null, "pending"));
        all.addAll(items().withStatus(null, "held"));
        return all.stream()
                .filter(i -> i.source()
                        .file()
                        .endsWith(Path.of(example).getFileName().toString()))
                .findFirst()
                .orElseThrow();
    }

    /**
     * Makes a read item look as the reader can get it wrong: held, the first speaker's organisation
     * wrong, with the warning that says so.
     */
    Item heldWithWrongOrganization(Item item, String wrong) {
        Speaker first = item.speakers().get(0);
        List<Speaker> speakers = new ArrayList<>(item.speakers());
        speakers.set(0, new Speaker(first.name(), first.honorific(), first.role(), wrong, first.statement()));
        Item held = new Item(
                item.schema(),
                item.id(),
                item.publication(),
                item.title(),
                item.date(),
                item.format(),
                item.location(),
                item.organizers(),
                item.lead(),
                speakers,
                item.source(),
                List.of(Warning.of(
                        "organization-uncertain",
                        "speakers[0].organization",
                        "The organisation of speaker 1 may be cut short; check it against the note.")));
        items().changeStatus(item.id(), "pending", "held");
        items().replaceHeld(held);
        return held;
    }

    Client client() {
        return new Client();
    }

    @Override
    public void close() {
        newsdesk.close();
    }

    /** One browser: its own cookies. */
    final class Client {
        final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        String csrf;
        private String target = base;

        /**
         * Sends the next requests to {@code other} (another instance on the same host, as a proxy
         * would): the browser keeps its cookies, which do not depend on the port.
         */
        Client through(DeskWorld other) {
            target = other.base;
            return this;
        }

        HttpResponse<String> get(String path) throws Exception {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(target + path))
                            .timeout(Duration.ofSeconds(60))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(r.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return r;
        }

        /** A form post with the page's CSRF token (unless the form gives "csrf" itself). */
        HttpResponse<String> post(String path, String... fields) throws Exception {
            List<String> pairs = new ArrayList<>();
            boolean hasCsrf = false;
            for (int i = 0; i < fields.length; i += 2) {
                hasCsrf |= fields[i].equals("csrf");
                pairs.add(enc(fields[i]) + "=" + enc(fields[i + 1]));
            }
            if (!hasCsrf && csrf != null) {
                pairs.add("csrf=" + enc(csrf));
            }
            return postRaw(path, String.join("&", pairs));
        }

        HttpResponse<String> postRaw(String path, String body) throws Exception {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(URI.create(target + path))
                            .timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(r.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return r;
        }

        HttpResponse<String> signIn(String name, String password) throws Exception {
            get("/desk/login");
            return post("/desk/login", "name", name, "password", password);
        }

        void signedIn() throws Exception {
            HttpResponse<String> r = signIn(EDITOR, PASSWORD);
            if (r.statusCode() != 303) {
                throw new AssertionError("sign-in failed: " + r.statusCode() + " " + r.body());
            }
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
