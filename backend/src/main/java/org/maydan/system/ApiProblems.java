package org.maydan.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place that maps errors to HTTP: every error leaves as RFC 7807 problem JSON
 * ({@code application/problem+json}) with a {@code type}, {@code title}, {@code status} and a
 * {@code detail} that says what is wrong; bad parameters also carry a {@code parameter} member.
 * Spring's own MVC exceptions (missing parameters, type mismatches, {@code ResponseStatusException},
 * unknown paths) are handled by the base class and come out in the same shape.
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

    /** Problem type for a query or path parameter the API refuses. */
    public static final URI BAD_PARAMETER = URI.create("urn:maydan:problem:bad-parameter");
    /** Problem type for a resource that does not exist. */
    public static final URI NOT_FOUND = URI.create("urn:maydan:problem:not-found");
    /** Problem type for a failure on our side; the detail never leaks internals. */
    public static final URI INTERNAL = URI.create("urn:maydan:problem:internal");

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(BadRequestException.class)
    ProblemDetail badRequest(BadRequestException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(BAD_PARAMETER);
        problem.setTitle("Bad request parameter");
        if (e.parameter() != null) {
            problem.setProperty("parameter", e.parameter());
        }
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(NOT_FOUND);
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(RequestRefusedException.class)
    ResponseEntity<ProblemDetail> refused(RequestRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setType(e.type());
        problem.setTitle(e.title());
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status());
        if (e.status() == HttpStatus.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /**
     * A failure our side. When part of the answer is already sent (a streamed page, export or OGC
     * items page whose store failed mid-way), a problem JSON cannot follow it: the error is logged
     * with the request id and rethrown, which leaves it unresolved, so the servlet container
     * aborts the connection without the chunked body's last chunk. A client then sees a broken
     * transfer, never a short answer that looks whole.
     */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (response.isCommitted()) {
            LOG.error("Request {} {} {} failed after its answer had begun; aborting the connection",
                    request.getRequestId(), request.getMethod(), request.getRequestURI(), e);
            throw e;
        }
        LOG.error("Request {} {} {}: unhandled error", request.getRequestId(), request.getMethod(),
                request.getRequestURI(), e);
        // Nothing is sent yet, but a streamed answer may have set its type, caching headers and part
        // of its body in the buffer: drop them so only the problem leaves.
        response.reset();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The server failed to answer this request; the error is in its log.");
        problem.setType(INTERNAL);
        problem.setTitle("Internal error");
        return problem;
    }

    /** Names the parameter and the expected type instead of Spring's generic wording. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        String expected = e.getRequiredType() == null ? "another type" : e.getRequiredType().getSimpleName();
        ProblemDetail problem = badRequest(new BadRequestException(name,
                "parameter '" + name + "' must be " + article(expected) + ", got '" + e.getValue() + "'"));
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static String article(String typeName) {
        return switch (typeName) {
            case "long", "Long", "int", "Integer" -> "an integer";
            default -> "a " + typeName;
        };
    }
}
