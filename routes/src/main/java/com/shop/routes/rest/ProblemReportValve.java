package com.shop.routes.rest;

import org.apache.catalina.connector.CoyoteAdapter;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.http11.Http11InputBuffer;
import org.apache.tomcat.util.res.StringManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.util.Locale;

/**
 * Writes the error answers Tomcat writes itself, above all for the requests it refuses before any filter runs (an
 * encoded NUL in the path, headers over {@code server.max-http-request-header-size}, a bad Host), as problems instead
 * of its HTML page. Tomcat's message is not repeated: it quotes the request.
 */
final class ProblemReportValve extends ErrorReportValve {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemReportValve.class);

    /** Tomcat's own messages, in the language it writes them in, to tell the two commonest refusals apart. */
    private static final String HEADER_TOO_LARGE =
            StringManager.getManager(Http11InputBuffer.class).getString("iib.requestheadertoolarge.error");
    private static final String INVALID_URI =
            StringManager.getManager(CoyoteAdapter.class).getString("coyoteAdapter.invalidURI");

    private final ServletProblems problems;

    ProblemReportValve(ServletProblems problems) {
        this.problems = problems;
    }

    @Override
    protected void report(Request request, Response response, Throwable cause) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String message = response.getMessage();
        LOG.debug("Tomcat refused a request with {}: {}", status, cause != null ? cause.getMessage() : message);
        try {
            problems.write(request, response, status, title(status), detail(status, cause, message), instance(request));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the connection is gone, or the response's writer was taken: as Tomcat's own report, nothing more to send
            LOG.debug("The {} problem could not be sent", status, e);
        }
    }

    /**
     * The status's reason phrase in the sentence case of the platform's other titles ("Bad request", "HTTP version not
     * supported"); 413 by its RFC 9110 name, as {@link RequestBodyFilter} gives it.
     */
    static String title(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        if (known == null) {
            return "HTTP " + status;
        }
        if (known == HttpStatus.PAYLOAD_TOO_LARGE) {
            return RequestBodyFilter.TOO_LARGE;
        }
        String[] words = known.getReasonPhrase().split(" ");
        for (int i = 1; i < words.length; i++) {
            if (!words[i].equals(words[i].toUpperCase(Locale.ROOT))) {
                words[i] = words[i].toLowerCase(Locale.ROOT);
            }
        }
        return String.join(" ", words);
    }

    private static String detail(int status, Throwable cause, String message) {
        if (cause != null && HEADER_TOO_LARGE.equals(cause.getMessage())) {
            return "The request line and headers are larger than the server accepts";
        }
        if (message != null && message.startsWith(INVALID_URI)) {
            return "The request path is not valid once decoded: an encoded NUL, slash or backslash, a malformed %-escape"
                    + " or a step above the root";
        }
        if (status == 400) {
            return "The request's method, path, HTTP version or a header is not valid";
        }
        return "The server refused the request";
    }

    /** The path as sent, only when Tomcat could decode it: a path it refused is not repeated. */
    private static String instance(Request request) {
        return request.getDecodedRequestURI() != null ? request.getRequestURI() : null;
    }
}
