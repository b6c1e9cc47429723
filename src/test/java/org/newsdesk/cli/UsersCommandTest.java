package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.desk.Passwords;
import org.newsdesk.store.Accounts;
import org.newsdesk.testing.RunningNewsdesk;

/** `./newsdesk users` as an operator types it, while the service has the embedded store open. */
class UsersCommandTest {

    @TempDir
    Path home;

    record Run(int exit, String out, String err) {}

    private Run newsdesk(String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                "org.newsdesk.cli.NewsdeskCommand"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectOutput(home.resolve("out.txt").toFile())
                .redirectError(home.resolve("err.txt").toFile());
        pb.environment().put("NEWSDESK_HOME", home.toString());
        pb.environment().remove("NEWSDESK_DB_URL");
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        int exit = p.waitFor();
        return new Run(exit, Files.readString(home.resolve("out.txt")), Files.readString(home.resolve("err.txt")));
    }

    private void prepareHome() throws IOException {
        for (String folder : List.of("config", "routes", "templates")) {
            Path source = RunningNewsdesk.HOME.resolve(folder);
            try (Stream<Path> all = Files.walk(source)) {
                for (Path p : all.toList()) {
                    Path target =
                            home.resolve(folder).resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                }
            }
        }
    }

    @Test
    void anOperatorAddsListsAndRemovesAccountsWhileTheServiceRuns() throws Exception {
        prepareHome();
        try (RunningNewsdesk service = RunningNewsdesk.start(home, Map.of())) {
            Accounts accounts = service.bean("deskAccounts", Accounts.class);

            Run added = newsdesk("a long enough password\n", "users", "add", "mei.lin", "--email", "mei@example.org");
            assertThat(added.exit()).as(added.err()).isZero();
            assertThat(added.out()).contains("account mei.lin (editor) added").doesNotContain("a long enough password");
            // the running service sees the account at once, and the password works
            Accounts.Account account = accounts.find("mei.lin").orElseThrow();
            assertThat(account.passwordHash()).startsWith("$argon2id$");
            assertThat(new Passwords().matches("a long enough password", account.passwordHash()))
                    .isTrue();

            Run generated = newsdesk(null, "users", "add", "chief", "--role", "admin", "--generate");
            assertThat(generated.exit()).as(generated.err()).isZero();
            String password = generated
                    .out()
                    .lines()
                    .filter(l -> l.startsWith("password: "))
                    .findFirst()
                    .orElseThrow()
                    .substring("password: ".length());
            assertThat(new Passwords()
                            .matches(
                                    password,
                                    accounts.find("chief").orElseThrow().passwordHash()))
                    .isTrue();

            assertThat(newsdesk(null, "users", "list").out())
                    .contains("mei.lin", "editor", "mei@example.org", "chief", "admin")
                    .doesNotContain("$argon2");

            Run again = newsdesk("another long password\n", "users", "add", "mei.lin");
            assertThat(again.exit()).isEqualTo(2);
            assertThat(again.err()).contains("there is an account \"mei.lin\" already");

            assertThat(newsdesk(null, "users", "remove", "chief").out()).contains("account chief removed");
            assertThat(accounts.find("chief")).isEmpty();
        }
    }

    @Test
    void aShortPasswordOrABadRoleIsRefusedWithWhatToDo() throws Exception {
        prepareHome();
        Run short_ = newsdesk("short\n", "users", "add", "ana");
        assertThat(short_.exit()).isEqualTo(2);
        assertThat(short_.err()).contains("at least 12 characters");
        Run role = newsdesk("a long enough password\n", "users", "add", "ana", "--role", "boss");
        assertThat(role.exit()).isEqualTo(2);
        assertThat(role.err()).contains("the role is editor or admin");
    }
}
