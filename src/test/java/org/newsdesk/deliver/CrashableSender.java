package org.newsdesk.deliver;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.newsdesk.render.RenderedIssue;

/**
 * The sending side of the crash test, run in its own JVM so it can be killed: {@code first} makes an
 * issue for N subscribers and sends it; {@code resume} only starts the service (the resume timer does
 * the rest) and exits when the issue has nothing pending; {@code resend} resends to those not reached.
 *
 * <p>Usage: {@code CrashableSender first|resume|resend WORK_DIR SMTP_PORT CONCURRENCY SUBSCRIBERS}
 */
public final class CrashableSender {

    public static final String ISSUE = "lmec-2021-6";

    private CrashableSender() {}

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path work = Path.of(args[1]);
        Map<String, String> settings = DeliveryWorld.smtpTo(Integer.parseInt(args[2]));
        settings.put("newsdesk.deliver.concurrency", args[3]);
        int subscribers = Integer.parseInt(args[4]);
        try (DeliveryWorld world = DeliveryWorld.start(work, settings)) {
            switch (mode) {
                case "first" -> {
                    world.addSubscribers("lmec", subscribers, i -> "reader" + i + "@example.org");
                    RenderedIssue issue = world.publish("lmec", 6, 2021);
                    System.out.println("SENDING");
                    world.deliver(issue);
                }
                case "resume" -> {
                    // nothing to call: the deliver-resume route finds the issue by itself
                }
                case "resend" -> {
                    RenderedIssue issue = world.bean("deliveryService", DeliveryService.class)
                            .resend(ISSUE)
                            .orElseThrow();
                    world.context().createProducerTemplate().sendBody("direct:deliver-due", issue);
                }
                default -> throw new IllegalArgumentException(mode);
            }
            Thread.sleep(1_000);
            System.out.println("SETTLED " + world.awaitSettled(ISSUE, Duration.ofMinutes(5)));
        }
        System.exit(0);
    }
}
