package com.shop.routes.rest;

import com.shop.routes.correlation.Correlation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The problems Spring MVC answers itself (a method a path does not serve: 405 with {@code Allow}; a path nothing
 * serves: 404) in the platform's shape: the title in the sentence case of the other titles, and a correlation id in
 * the body and the {@code X-Correlation-Id} header, the caller's when it sent one.
 */
@ControllerAdvice
public class MvcProblems extends ResponseEntityExceptionHandler {

    static final String CORRELATION_ID = "correlationId";

    /** Spring's detail names the static resource it looked for, which no client asked for. */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(ex, ProblemDetail.forStatusAndDetail(status, "Nothing is served at this path"), headers,
                status, request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        if (!(body instanceof ProblemDetail problem)) {
            return super.createResponseEntity(body, headers, statusCode, request);
        }
        String correlationId = Correlation.givenOrNew(request.getHeader(Correlation.HTTP_HEADER));
        problem.setTitle(ProblemReportValve.title(statusCode.value()));
        problem.setProperty(CORRELATION_ID, correlationId);
        HttpHeaders answered = new HttpHeaders();
        answered.putAll(headers);
        answered.set(Correlation.HTTP_HEADER, correlationId);
        return super.createResponseEntity(problem, answered, statusCode, request);
    }
}
