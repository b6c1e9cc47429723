package org.newsdesk.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.camel.component.quartz.QuartzComponent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdesk.deliver.DeliveryWorld;
import org.newsdesk.domain.Issue;
import org.newsdesk.ops.RouteFileCheck;
import org.newsdesk.render.IssueArchive;
import org.newsdesk.store.IssueStore;
import org.newsdesk.store.ItemStore;
import org.newsdesk.testing.RunningNewsdesk;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;

/**
 * The recipes of docs/operators.md: each file is what the guide shows, passes the check the service
 * runs before it loads a route file, and, copied into routes/ beside the shipped files, does what the
 * guide says: one running newsdesk with every recipe, a real SMTP server (GreenMail) and a real web
 * server on this machine.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RouteRecipesTest {

    private static final Path RECIPES = RunningNewsdesk.HOME.resolve("docs/recipes");
    private static final String ARCHIVE = "archive@newsdesk.test";
    private static final String DESK = "desk@newsdesk.test";

    @RegisterExtension
    static GreenMailExtension greenMail =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @TempDir
    static Path work;

    static RunningNewsdesk newsdesk;
    static HttpServer webService;
    static final List<Request> posts = new CopyOnWriteArrayList<>();

    record Request(String method, String path, Map<String, List<String>> headers, String body) {}

    static Stream<Path> recipes() throws IOException {
        try (Stream<Path> files = Files.list(RECIPES)) {
            return files.filter(p -> p.toString().endsWith(".camel.yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("recipes")
    void passesTheCheckTheServiceRunsBeforeLoadingARouteFile(Path recipe) throws IOException {
        assertThat(new RouteFileCheck().check(recipe.getFileName().toString(), Files.readString(recipe)))
                .isEmpty();
    }

    @Test
    void theGuideShowsEveryRecipeFileAsItIs() throws IOException {
        String guide = Files.readString(RunningNewsdesk.HOME.resolve("docs/operators.md"));
        // each recipe: a link to its file, then the file in a yaml block
        Matcher m = Pattern.compile(
                        "\\[docs/recipes/([^\\]]+)]\\(recipes/\\1\\)[^\\n]*\\n\\n```yaml\\n(.*?)```", Pattern.DOTALL)
                .matcher(guide);
        Map<String, String> shown = new LinkedHashMap<>();
        while (m.find()) {
            shown.put(m.group(1), m.group(2));
        }
        List<String> files = recipes().map(p -> p.getFileName().toString()).toList();
        assertThat(shown.keySet()).as("recipes shown in docs/operators.md").containsExactlyInAnyOrderElementsOf(files);
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        for (String name : files) {
            assertThat(shown.get(name))
                    .as(name + " in docs/operators.md")
                    .isEqualTo(Files.readString(RECIPES.resolve(name)));
        }
        int recipesSection = guide.indexOf("\n## Recipes");
        assertThat(recipesSection).as("a Recipes section").isPositive();
        long yamlBlocks = Pattern.compile("```yaml\\n")
                .matcher(guide.substring(recipesSection))
                .results()
                .count();
        assertThat(yamlBlocks)
                .as("every yaml block of the Recipes section is a recipe file")
                .isEqualTo(files.size());
    }

    @BeforeAll
    static void start() throws Exception {
        webService = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        webService.createContext("/hooks/newsdesk", exchange -> {
            posts.add(new Request(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        webService.start();

        // the operator's routes/: the shipped files and every recipe copied beside them
        Path routes = work.resolve("routes");
        Files.createDirectories(routes);
        for (Path folder : List.of(RunningNewsdesk.HOME.resolve("routes"), RECIPES)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f :
                        files.filter(p -> p.toString().endsWith(".camel.yaml")).toList()) {
                    Files.copy(f, routes.resolve(f.getFileName()));
                }
            }
        }
        Map<String, String> settings =
                new LinkedHashMap<>(DeliveryWorld.smtpTo(greenMail.getSmtp().getPort()));
        settings.put("camel.main.routes-include-pattern", "file:" + routes + "/*.camel.yaml");
        settings.put("newsdesk.routes-dir", routes.toString());
        // the extra schedule runs only where schedules do (not in one-shot commands)
        settings.put("newsdesk.schedule.enabled", "true");
        settings.put("newsdesk.second-inbox-dir", work.resolve("shared-drive").toString());
        settings.put("newsdesk.archive-copy.to", ARCHIVE);
        settings.put("newsdesk.refusals.to", DESK);
        settings.put(
                "newsdesk.webhook.url",
                "http://127.0.0.1:" + webService.getAddress().getPort() + "/hooks/newsdesk");
        newsdesk = RunningNewsdesk.start(work, settings);
    }

    @AfterAll
    static void stop() {
        if (newsdesk != null) {
            newsdesk.close();
        }
        if (webService != null) {
            webService.stop(0);
        }
    }

    @Test
    @Order(1)
    void aNoteDroppedInTheSecondFolderBecomesAStoredItemAndMovesToProcessed() throws Exception {
        Path shared = work.resolve("shared-drive/lmec");
        Files.createDirectories(shared);
        Path part = shared.resolve("06_lmec-roundtable-s1_experts.txt.part");
        Files.copy(RunningNewsdesk.HOME.resolve("examples/inbox/lmec/06_lmec-roundtable-s1_experts.txt"), part);
        Files.move(part, shared.resolve("06_lmec-roundtable-s1_experts.txt"));

        ItemStore items = newsdesk.bean("itemStore", ItemStore.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> items.count("lmec", "pending") == 1);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> !Files.exists(shared.resolve("06_lmec-roundtable-s1_experts.txt")));
        try (Stream<Path> processed = Files.walk(work.resolve("processed"))) {
            assertThat(processed
                            .filter(Files::isRegularFile)
                            .map(p -> p.getFileName().toString()))
                    .containsExactly("06_lmec-roundtable-s1_experts.txt");
        }
    }

    @Test
    @Order(2)
    void theExtraScheduleIsSetForMondayMorningInShanghaiAndPublishesLikeTheProfileSchedule() throws Exception {
        Scheduler quartz =
                newsdesk.context().getComponent("quartz", QuartzComponent.class).getScheduler();
        CronTrigger trigger = (CronTrigger) quartz.getTrigger(TriggerKey.triggerKey("lmec-monday", "publish-extra"));
        assertThat(trigger).as("the trigger of extra-schedule.camel.yaml").isNotNull();
        ZonedDateTime next = trigger.getNextFireTime().toInstant().atZone(ZoneId.of("Asia/Shanghai"));
        assertThat(next.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(next.toLocalTime()).hasToString("09:00");

        // the fire itself, now rather than on Monday: the same path as a scheduled fire
        quartz.triggerJob(JobKey.jobKey("lmec-monday", "publish-extra"));
        IssueStore issues = newsdesk.bean("issueStore", IssueStore.class);
        IssueArchive archive = newsdesk.bean("issueArchive", IssueArchive.class);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> issues.latest("lmec")
                        .map(i -> Files.exists(archive.pdfPath(i)))
                        .orElse(false));
        ItemStore items = newsdesk.bean("itemStore", ItemStore.class);
        assertThat(items.count("lmec", "pending"))
                .as("the item went into the issue")
                .isZero();
    }

    @Test
    @Order(3)
    void theArchiveMailboxGetsThePublishedIssueOnceWithThePdfAttached() throws Exception {
        Issue issue =
                newsdesk.bean("issueStore", IssueStore.class).latest("lmec").orElseThrow();
        byte[] pdf = Files.readAllBytes(
                newsdesk.bean("issueArchive", IssueArchive.class).pdfPath(issue));
        await().atMost(Duration.ofSeconds(30)).until(() -> to(ARCHIVE).size() == 1);
        Thread.sleep(500);
        List<MimeMessage> copies = to(ARCHIVE);
        assertThat(copies).hasSize(1);
        MimeMessage copy = copies.get(0);
        assertThat(copy.getSubject()).startsWith("LMEC Newsletter Issue " + issue.number() + ", " + issue.year());
        assertThat(((InternetAddress) copy.getFrom()[0]).getAddress()).isEqualTo("newsletter@lmec.example");
        assertThat(copy.getHeader("List-Unsubscribe")).as("not a subscriber").isNull();
        BodyPart attached = ((MimeMultipart) copy.getContent()).getBodyPart(1);
        assertThat(attached.getFileName())
                .isEqualTo("LMEC-Newsletter-Issue-" + issue.number() + "-" + issue.year() + ".pdf");
        assertThat(attached.getInputStream().readAllBytes()).isEqualTo(pdf);
        // the subscribers had theirs as ever
        assertThat(to("reader.one@lmec.example")).hasSize(1);
    }

    @Test
    @Order(4)
    void theWebServiceGetsOnePostWithTheIssuesIdAndNumber() throws Exception {
        Issue issue =
                newsdesk.bean("issueStore", IssueStore.class).latest("lmec").orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(() -> posts.size() == 1);
        Thread.sleep(500);
        assertThat(posts).hasSize(1);
        Request post = posts.get(0);
        assertThat(post.method()).isEqualTo("POST");
        assertThat(post.headers().get("Content-type")).containsExactly("application/json");
        assertThat(post.headers()).as("no header of the publish route").doesNotContainKeys("Publication", "Publishnow");
        JsonNode json = new ObjectMapper().readTree(post.body());
        assertThat(json.path("issue").asText()).isEqualTo(issue.id());
        assertThat(json.path("publication").asText()).isEqualTo("lmec");
        assertThat(json.path("number").asInt()).isEqualTo(issue.number());
        assertThat(json.path("year").asInt()).isEqualTo(issue.year());
        assertThat(json.path("date").asText()).isEqualTo(issue.date().toString());
    }

    @Test
    @Order(5)
    void aRefusedNoteIsReportedToTheDeskWithTheReason() throws Exception {
        Files.writeString(work.resolve("shared-drive/empty-notes.txt"), "");
        await().atMost(Duration.ofSeconds(30)).until(() -> to(DESK).size() == 1);
        MimeMessage report = to(DESK).get(0);
        assertThat(report.getSubject()).isEqualTo("newsdesk refused a note");
        assertThat(report.getContent().toString()).contains("\"empty-notes.txt\"", "is empty", "empty-input");
        assertThat(work.resolve("failed/empty-notes.txt")).exists();
        assertThat(work.resolve("failed/empty-notes.txt.error.json")).exists();
    }

    private static List<MimeMessage> to(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            Address[] to = m.getRecipients(MimeMessage.RecipientType.TO);
            if (to != null
                    && Arrays.stream(to)
                            .anyMatch(a -> ((InternetAddress) a).getAddress().equals(address))) {
                found.add(m);
            }
        }
        return found;
    }
}
