package org.credo.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Keep-alive only works if every response is read exactly to its end, whatever framing the server chose. */
class SocketTransportResponseTest {

    @Test
    void aContentLengthBodyIsReadToItsEndAndTheNextResponseFollows() throws IOException {
        InputStream in = stream("HTTP/1.1 200 OK\r\ncontent-length: 5\r\n\r\nhello"
                + "HTTP/1.1 422 Unprocessable Entity\r\nContent-Length: 2\r\n\r\n{}");
        assertThat(SocketTransport.Response.read(in)).isEqualTo(new SocketTransport.Response(200, false));
        assertThat(SocketTransport.Response.read(in)).isEqualTo(new SocketTransport.Response(422, false));
        assertThat(in.read()).isEqualTo(-1);
    }

    @Test
    void aChunkedBodyWithExtensionsAndTrailersIsReadToItsEnd() throws IOException {
        InputStream in = stream("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "3;x=y\r\nabc\r\n0\r\nTrailer: 1\r\n\r\n"
                + "HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n");
        assertThat(SocketTransport.Response.read(in).status()).isEqualTo(200);
        assertThat(SocketTransport.Response.read(in).status()).isEqualTo(401);
    }

    @Test
    void connectionCloseOrABodyWithoutLengthEndsTheConnection() throws IOException {
        assertThat(SocketTransport.Response.read(stream("HTTP/1.1 503 Busy\r\nConnection: close\r\nContent-Length: 0"
                + "\r\n\r\n")).close()).isTrue();
        assertThat(SocketTransport.Response.read(stream("HTTP/1.1 200 OK\r\n\r\nto the end")).close()).isTrue();
    }

    @Test
    void aResponseCutShortIsATransportError() {
        assertThatThrownBy(() -> SocketTransport.Response.read(stream("HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nabc")))
                .isInstanceOf(IOException.class);
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
    }
}
