package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** {@code newsdesk COMMAND --help} prints that command's help and exits 0, for every command. */
class CommandHelpTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "demo",
                "run",
                "normalize",
                "preview",
                "publish",
                "hold",
                "release",
                "status",
                "review",
                "subscribers",
                "resend",
                "users",
                "bounces",
                "users add",
                "review show",
                "subscribers import"
            })
    void helpOfACommandIsItsUsage(String command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new NewsdeskCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] words = (command + " --help").split(" ");
        int code = cli.execute(words);
        assertThat(err.toString()).doesNotContain("Unknown option");
        assertThat(code).isZero();
        assertThat(out.toString()).startsWith("Usage: newsdesk " + command).contains("-h, --help");
    }
}
