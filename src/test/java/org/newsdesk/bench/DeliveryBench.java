package org.newsdesk.bench;

import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.deliver.DeliveryWorld;
import org.newsdesk.deliver.NewsletterMail;
import org.newsdesk.deliver.UnsubscribeTokens;
import org.newsdesk.domain.Subscriber;
import org.newsdesk.render.RenderedIssue;

/**
 * Delivery throughput against Postfix's smtp-sink, next to the physical yardstick: smtp-source (C)
 * sending messages of the same size, over the same number of connections, into the same sink.
 *
 * <p>Usage: {@code DeliveryBench [subscribers=5000] [concurrency=4] [port=2526]}; bench/deliver.sh runs it.
 */
public final class DeliveryBench {

    private DeliveryBench() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int port = args.length > 2 ? Integer.parseInt(args[2]) : 2526;
        Path work = Files.createTempDirectory("newsdesk-bench");
        Process sink = new ProcessBuilder("/usr/sbin/smtp-sink", "-u", "nobody", "127.0.0.1:" + port, "256")
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("smtp-sink.log").toFile())
                .start();
        try {
            awaitPort(port);
            Map<String, String> settings = DeliveryWorld.smtpTo(port);
            settings.put("newsdesk.deliver.concurrency", Integer.toString(concurrency));
            settings.put("newsdesk.deliver.resume-first-millis", "3600000");
            settings.put("newsdesk.deliver.progress-every", "5s");
            try (DeliveryWorld world = DeliveryWorld.start(work, settings)) {
                world.addSubscribers("china-asean", 500, i -> "warm" + i + "@bench.example");
                world.addSubscribers("lmec", n, i -> "reader" + i + "@bench.example");
                RenderedIssue warmUp = world.publish("china-asean", 1, 2021, 6);
                RenderedIssue issue = world.publish("lmec", 6, 2021, 6);
                int size = messageSize(world, issue);

                world.deliver(warmUp);
                System.gc();
                MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
                AtomicLong peakHeap = new AtomicLong();
                Thread sampler = new Thread(() -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                        try {
                            Thread.sleep(20);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
                sampler.setDaemon(true);
                sampler.start();
                long t0 = System.nanoTime();
                world.deliver(issue);
                double seconds = (System.nanoTime() - t0) / 1e9;
                sampler.interrupt();
                Map<String, Integer> counts = world.awaitSettled(issue.issue().id(), Duration.ofSeconds(30));
                double newsdesk = counts.get("sent") / seconds;

                long s0 = System.nanoTime();
                Process source = new ProcessBuilder(
                                "/usr/sbin/smtp-source",
                                "-d",
                                "-s",
                                Integer.toString(concurrency),
                                "-m",
                                Integer.toString(n),
                                "-l",
                                Integer.toString(size),
                                "-f",
                                "a@bench.example",
                                "-t",
                                "b@bench.example",
                                "127.0.0.1:" + port)
                        .redirectErrorStream(true)
                        .redirectOutput(work.resolve("smtp-source.log").toFile())
                        .start();
                int rc = source.waitFor();
                double sourceSeconds = (System.nanoTime() - s0) / 1e9;
                double yardstick = n / sourceSeconds;

                System.out.printf(
                        "%nRESULT subscribers=%d concurrency=%d message=%d bytes (PDF %d bytes) max-heap=%d MB%n",
                        n,
                        concurrency,
                        size,
                        issue.pdf().length,
                        Runtime.getRuntime().maxMemory() >> 20);
                System.out.printf(
                        "RESULT newsdesk:    %d sent in %.2f s = %.0f msg/s, ledger %s, peak heap used %d MB%n",
                        counts.get("sent"), seconds, newsdesk, counts, peakHeap.get() >> 20);
                System.out.printf(
                        "RESULT smtp-source: %d in %.2f s = %.0f msg/s (exit %d)%n", n, sourceSeconds, yardstick, rc);
                System.out.printf("RESULT ratio newsdesk/smtp-source = %.2f%n", newsdesk / yardstick);
            }
        } finally {
            sink.destroy();
            sink.waitFor();
            try (java.util.stream.Stream<Path> all = Files.walk(work)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        System.exit(0);
    }

    private static int messageSize(DeliveryWorld world, RenderedIssue issue) throws Exception {
        NewsletterMail mail = new NewsletterMail(
                world.bean("unsubscribeTokens", UnsubscribeTokens.class), "https://news.example.org");
        PublicationProfiles profiles = world.bean("publicationProfiles", PublicationProfiles.class);
        MimeMessage m = mail.compose(
                issue,
                profiles.get("lmec"),
                new Subscriber(1, "lmec", "reader1@bench.example", "Reader 1", "en", "active"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return out.size();
    }

    private static void awaitPort(int port) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (java.io.IOException e) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("smtp-sink did not start on port " + port);
    }
}
