package org.newsdesk.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.camel.main.Main;
import picocli.CommandLine.Command;

/** The long-running service: intake, schedules, delivery, until stopped (Ctrl-C or SIGTERM). */
@Command(name = "run", description = "Run the service: read the inbox, publish on schedule, deliver.")
public class RunCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        Main main = Workspace.main(Workspace.home(), Map.of(), true);
        main.run();
        return main.getExitCode();
    }
}
