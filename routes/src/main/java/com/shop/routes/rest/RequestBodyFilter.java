package com.shop.routes.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads a request's body before anything else does, so that a body no service can take is refused with a problem
 * instead of failing inside Camel's HTTP binding (a 500) or filling the heap: one over the size limit is a 413, at once
 * when its Content-Length says so, else as soon as the bytes read pass the limit; JSON must be UTF-8 (RFC 8259 8.1; 415
 * for another charset, 400 for bytes that are not UTF-8). The body is passed on as read; reading it as text never fails.
 */
public final class RequestBodyFilter extends OncePerRequestFilter {

    /** The title of a 413, RFC 9110's name for it. */
    static final String TOO_LARGE = "Content too large";

    private static final Logger LOG = LoggerFactory.getLogger(RequestBodyFilter.class);

    private final int limit;
    private final String limitText;
    private final ServletProblems problems;

    public RequestBodyFilter(DataSize limit, ServletProblems problems) {
        this.limit = Math.toIntExact(limit.toBytes());
        this.limitText = text(limit);
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body;
        try {
            body = read(request);
        } catch (ProblemException refused) {
            LOG.info("{} {} refused: {}", request.getMethod(), request.getRequestURI(), refused.getMessage());
            if (refused.status() == 413) {
                // the rest of the body is not wanted: the answer goes now, and the connection closes after it
                response.setHeader("Connection", "close");
            }
            problems.write(request, response, refused.status(), refused.title(), refused.getMessage());
            response.flushBuffer();
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    /** HTTP/1.1: a request has a body only when it declares a length above zero or comes chunked (RFC 9112 6.3). */
    private static boolean hasBody(HttpServletRequest request) {
        long length = request.getContentLengthLong();
        return length > 0 || length < 0 && request.getHeader("Transfer-Encoding") != null;
    }

    private byte[] read(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > limit) {
            throw tooLarge();
        }
        byte[] body = request.getInputStream().readNBytes(limit + 1);
        if (body.length > limit) {
            throw tooLarge();
        }
        requireUtf8IfJson(request.getContentType(), body);
        return body;
    }

    private ProblemException tooLarge() {
        return new ProblemException(413, TOO_LARGE, "Send a request body of at most " + limitText);
    }

    private static String text(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + "MB";
        }
        return bytes % DataSize.ofKilobytes(1).toBytes() == 0 ? size.toKilobytes() + "KB" : bytes + " bytes";
    }

    private static void requireUtf8IfJson(String contentType, byte[] body) {
        MediaType type = mediaType(contentType);
        if (type == null || !isJson(type)) {
            return;
        }
        String charset = type.getParameter("charset");
        if (charset != null && !isUtf8(charset)) {
            throw ProblemException.unsupportedMediaType("Send the request body in UTF-8, not " + charset);
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest("The request body is not valid UTF-8");
        }
    }

    /** The Content-Type, or null when there is none or it does not parse (the route refuses it as it refuses any other). */
    private static MediaType mediaType(String contentType) {
        try {
            return contentType == null ? null : MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            return null;
        }
    }

    /** As {@link JsonBodies} takes it: {@code application/json} or any {@code +json} type; no wildcard. */
    private static boolean isJson(MediaType type) {
        return (type.getType().equalsIgnoreCase("application") && type.getSubtype().equalsIgnoreCase("json"))
                || "json".equalsIgnoreCase(type.getSubtypeSuffix());
    }

    private static boolean isUtf8(String charset) {
        String name = charset.trim().replace("\"", "").toLowerCase(Locale.ROOT);
        return name.equals("utf-8") || name.equals("utf8");
    }

    /** The request with its body already read: read again from memory, as text without ever failing on a byte. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            return new BodyStream(new ByteArrayInputStream(body));
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset()));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        private Charset charset() {
            String name = getCharacterEncoding();
            try {
                return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
            } catch (IllegalArgumentException unknown) {
                return StandardCharsets.UTF_8;
            }
        }
    }

    private static final class BodyStream extends ServletInputStream {

        private final InputStream in;

        BodyStream(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
            try {
                return in.available() == 0;
            } catch (IOException e) {
                return true;
            }
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException("the body is already read");
        }
    }
}
