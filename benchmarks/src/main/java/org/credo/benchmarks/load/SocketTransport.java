package org.credo.benchmarks.load;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Posts JSON bodies over plain HTTP/1.1 keep-alive connections, one blocking socket per connection thread: one write
 * and a few reads per request, which keeps the client's own CPU cost small next to the service it measures (the JDK
 * HttpClient cost several times more per request). The sender never has more requests in flight than there are
 * threads, so each request finds a thread, and its connection, free. Answers are read and discarded; only the status
 * counts. A connection that fails is closed and opened again for the next request.
 */
final class SocketTransport implements FixedRateSender.Transport, AutoCloseable {
    private final ExecutorService threads;
    private final ThreadLocal<Connection> connection = new ThreadLocal<>();
    private final InetSocketAddress address;
    private final byte[] head;
    private final int timeoutMillis;

    /** @param uri an {@code http} URI (no TLS); {@code authorization} is sent as the Authorization header */
    SocketTransport(URI uri, String authorization, int connections, int timeoutMillis) {
        if (!"http".equals(uri.getScheme())) {
            throw new IllegalArgumentException("only http:// URLs are supported: " + uri);
        }
        int port = uri.getPort() < 0 ? 80 : uri.getPort();
        this.address = new InetSocketAddress(uri.getHost(), port);
        this.head = ("POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + port
                + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nAuthorization: " + authorization
                + "\r\nContent-Length: ").getBytes(StandardCharsets.US_ASCII);
        this.timeoutMillis = timeoutMillis;
        this.threads = Executors.newFixedThreadPool(connections, runnable -> {
            var thread = new Thread(runnable, "load-connection");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public CompletableFuture<Integer> send(byte[] body) {
        return CompletableFuture.supplyAsync(() -> exchange(body), threads);
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }

    private int exchange(byte[] body) {
        Connection open = connection.get();
        try {
            if (open == null) {
                open = new Connection(address, timeoutMillis);
                connection.set(open);
            }
            byte[] length = (body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] request = new byte[head.length + length.length + body.length];
            System.arraycopy(head, 0, request, 0, head.length);
            System.arraycopy(length, 0, request, head.length, length.length);
            System.arraycopy(body, 0, request, head.length + length.length, body.length);
            open.out.write(request);
            open.out.flush();
            Response response = Response.read(open.in);
            if (response.close()) {
                drop(open);
            }
            return response.status();
        } catch (IOException e) {
            drop(open);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            drop(open);
            throw e;
        }
    }

    private void drop(Connection open) {
        if (open != null) {
            open.close();
            connection.remove();
        }
    }

    private static final class Connection {
        final Socket socket = new Socket();
        final InputStream in;
        final OutputStream out;

        Connection(InetSocketAddress address, int timeoutMillis) throws IOException {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(timeoutMillis);
            socket.connect(address, timeoutMillis);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = socket.getOutputStream();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // the connection is dropped either way
            }
        }
    }

    /** The status of an HTTP/1.1 response whose body has been read past; {@code close} when the server ends it. */
    record Response(int status, boolean close) {

        static Response read(InputStream in) throws IOException {
            String statusLine = line(in);
            if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) {
                throw new IOException("not an HTTP/1.x status line: " + statusLine);
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = status == 204 || status == 304 ? 0 : -1;
            boolean chunked = false;
            boolean close = statusLine.startsWith("HTTP/1.0");
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                String name = header.substring(0, Math.max(colon, 0)).trim();
                String value = header.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    length = Long.parseLong(value);
                } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
                    chunked = value.toLowerCase().contains("chunked");
                } else if (name.equalsIgnoreCase("Connection")) {
                    close = value.equalsIgnoreCase("close");
                }
            }
            if (chunked) {
                for (long size = chunkSize(in); size > 0; size = chunkSize(in)) {
                    skip(in, size);
                    line(in);
                }
                while (!line(in).isEmpty()) {
                    // trailers
                }
            } else if (length >= 0) {
                skip(in, length);
            } else {
                while (in.read() >= 0) {
                    // a body without a length ends with the connection
                }
                close = true;
            }
            return new Response(status, close);
        }

        private static long chunkSize(InputStream in) throws IOException {
            String line = line(in);
            int extension = line.indexOf(';');
            return Long.parseLong((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
        }

        private static void skip(InputStream in, long bytes) throws IOException {
            for (long left = bytes; left > 0; ) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("connection closed inside a response body");
                    }
                    skipped = 1;
                }
                left -= skipped;
            }
        }

        private static String line(InputStream in) throws IOException {
            var line = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("connection closed inside a response");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }
    }
}
