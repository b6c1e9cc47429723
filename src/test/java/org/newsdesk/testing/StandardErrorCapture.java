package org.newsdesk.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What the service logs (slf4j-simple writes to standard error) copied into a buffer for the test to
 * read, while it still reaches the console; closing it puts standard error back.
 */
public final class StandardErrorCapture implements AutoCloseable {

    private final PrintStream original = System.err;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    public StandardErrorCapture() {
        System.setErr(new PrintStream(new Tee(), true, StandardCharsets.UTF_8));
    }

    public String text() {
        synchronized (buffer) {
            return buffer.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        System.setErr(original);
    }

    private final class Tee extends OutputStream {
        @Override
        public void write(int c) {
            original.write(c);
            synchronized (buffer) {
                buffer.write(c);
            }
        }

        @Override
        public void write(byte[] buf, int off, int len) throws IOException {
            original.write(buf, off, len);
            synchronized (buffer) {
                buffer.write(buf, off, len);
            }
        }
    }
}
