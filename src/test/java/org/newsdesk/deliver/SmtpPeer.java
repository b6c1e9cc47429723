package org.newsdesk.deliver;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

/**
 * A small SMTP server speaking the protocol itself, for tests: counts connections and mails per
 * recipient, and can refuse chosen transactions with a temporary {@code 451} at the end of DATA, the
 * way a throttling provider does.
 */
public final class SmtpPeer implements AutoCloseable {

    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "smtp-peer");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger transactions = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
    private volatile IntPredicate refuse = t -> false;
    private volatile IntPredicate closeWith421 = t -> false;
    private volatile boolean keepMessages;
    private volatile java.util.function.Function<String, String> recipientReply = a -> null;
    private final AtomicInteger commands = new AtomicInteger();
    private final AtomicInteger tlsSessions = new AtomicInteger();
    private final AtomicInteger clearTextMails = new AtomicInteger();
    private final List<String> logins = java.util.Collections.synchronizedList(new ArrayList<>());
    private volatile javax.net.ssl.SSLContext tls;
    private final List<byte[]> messages = java.util.Collections.synchronizedList(new ArrayList<>());

    public SmtpPeer() throws IOException {
        server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        threads.submit(this::acceptLoop);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Transactions (counted from 1) for which {@code test} is true are answered 451 after the data. */
    public SmtpPeer refuseWhen(IntPredicate test) {
        this.refuse = test;
        return this;
    }

    /** A reply (e.g. "550 5.1.1 no such user") for RCPT TO of some addresses; null accepts. */
    public SmtpPeer answerRecipients(java.util.function.Function<String, String> reply) {
        this.recipientReply = reply;
        return this;
    }

    /** Offers STARTTLS with this server context, and AUTH PLAIN once the session is encrypted. */
    public SmtpPeer startTls(javax.net.ssl.SSLContext context) {
        this.tls = context;
        return this;
    }

    public int tlsSessions() {
        return tlsSessions.get();
    }

    /** Mails whose MAIL FROM came before the session was encrypted. */
    public int clearTextMails() {
        return clearTextMails.get();
    }

    /** "user:password" of each AUTH PLAIN. */
    public List<String> logins() {
        return List.copyOf(logins);
    }

    /** SMTP commands received, all sessions together. */
    public int commands() {
        return commands.get();
    }

    /** Transactions for which {@code test} is true are answered 421 and the connection is closed. */
    public SmtpPeer closeWith421When(IntPredicate test) {
        this.closeWith421 = test;
        return this;
    }

    public SmtpPeer keepMessages() {
        this.keepMessages = true;
        return this;
    }

    public int connections() {
        return connections.get();
    }

    public int refused() {
        return refused.get();
    }

    public int receivedTotal() {
        return received.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** Mails accepted per recipient address (lower case). */
    public Map<String, Integer> receivedByRecipient() {
        Map<String, Integer> copy = new java.util.TreeMap<>();
        received.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    public List<byte[]> messages() {
        return List.copyOf(messages);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                connections.incrementAndGet();
                threads.submit(() -> session(s));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void session(Socket socket) {
        Socket current = socket;
        try {
            socket.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(socket.getInputStream(), 65536);
            OutputStream out = socket.getOutputStream();
            boolean encrypted = false;
            reply(out, "220 peer.test ESMTP");
            List<String> rcpts = new ArrayList<>();
            String line;
            while ((line = readLine(in)) != null) {
                commands.incrementAndGet();
                String upper = line.toUpperCase(Locale.ROOT);
                if (upper.startsWith("EHLO") || upper.startsWith("HELO")) {
                    String extensions = tls == null ? "" : encrypted ? "250-AUTH PLAIN\r\n" : "250-STARTTLS\r\n";
                    reply(out, "250-peer.test\r\n" + extensions + "250-8BITMIME\r\n250 SIZE 104857600");
                } else if (upper.equals("STARTTLS") && tls != null && !encrypted) {
                    reply(out, "220 2.0.0 ready to start TLS");
                    javax.net.ssl.SSLSocket secure = (javax.net.ssl.SSLSocket) tls.getSocketFactory()
                            .createSocket(current, current.getInetAddress().getHostAddress(), current.getPort(), true);
                    secure.setUseClientMode(false);
                    secure.startHandshake();
                    current = secure;
                    in = new BufferedInputStream(secure.getInputStream(), 65536);
                    out = secure.getOutputStream();
                    encrypted = true;
                    tlsSessions.incrementAndGet();
                } else if (upper.startsWith("AUTH PLAIN") && encrypted) {
                    String[] parts = new String(
                                    java.util.Base64.getDecoder()
                                            .decode(line.substring(10).strip()),
                                    StandardCharsets.UTF_8)
                            .split("\u0000");
                    logins.add(parts[1] + ":" + parts[2]);
                    reply(out, "235 2.7.0 authenticated");
                } else if (upper.startsWith("MAIL FROM")) {
                    if (!encrypted) {
                        clearTextMails.incrementAndGet();
                    }
                    rcpts.clear();
                    reply(out, "250 2.1.0 ok");
                } else if (upper.startsWith("RCPT TO")) {
                    String a = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'))
                            .toLowerCase(Locale.ROOT);
                    String answer = recipientReply.apply(a);
                    if (answer == null) {
                        rcpts.add(a);
                        reply(out, "250 2.1.5 ok");
                    } else {
                        reply(out, answer);
                    }
                } else if (upper.equals("DATA")) {
                    reply(out, "354 end with .");
                    ByteArrayOutputStream data = keepMessages ? new ByteArrayOutputStream() : null;
                    String d;
                    while ((d = readLine(in)) != null && !d.equals(".")) {
                        if (data != null) {
                            data.write((d.startsWith("..") ? d.substring(1) : d).getBytes(StandardCharsets.ISO_8859_1));
                            data.write('\r');
                            data.write('\n');
                        }
                    }
                    if (d == null) {
                        return; // the client went away mid-message: nothing was accepted
                    }
                    int t = transactions.incrementAndGet();
                    if (closeWith421.test(t)) {
                        refused.incrementAndGet();
                        reply(out, "421 4.7.0 peer.test closing connection, too many messages");
                        return;
                    } else if (refuse.test(t)) {
                        refused.incrementAndGet();
                        reply(out, "451 4.7.1 Too many messages, slow down and try again later");
                    } else {
                        rcpts.forEach(r -> received.computeIfAbsent(r, k -> new AtomicInteger())
                                .incrementAndGet());
                        if (data != null) {
                            messages.add(data.toByteArray());
                        }
                        reply(out, "250 2.0.0 queued as " + t);
                    }
                    rcpts.clear();
                } else if (upper.equals("RSET") || upper.equals("NOOP")) {
                    rcpts.clear();
                    reply(out, "250 2.0.0 ok");
                } else if (upper.equals("QUIT")) {
                    reply(out, "221 2.0.0 bye");
                    return;
                } else {
                    reply(out, "502 5.5.2 not implemented");
                }
            }
        } catch (IOException e) {
            // the client closed or was killed: the session ends
        } finally {
            try {
                current.close();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    private static void reply(OutputStream out, String s) throws IOException {
        out.write((s + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** One line without its CRLF (ISO-8859-1, so 8-bit content passes), or null at the end of the stream. */
    private static String readLine(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder(80);
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                int n = sb.length();
                if (n > 0 && sb.charAt(n - 1) == '\r') {
                    sb.setLength(n - 1);
                }
                return sb.toString();
            }
            sb.append((char) c);
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    @Override
    public void close() throws IOException {
        server.close();
        threads.shutdownNow();
    }
}
