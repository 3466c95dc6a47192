package org.maydan.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
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
    /** {@code Retry-After} when {@link LimitProperties} are not configured (web-layer tests). */
    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);

    private final ObjectProvider<LimitProperties> limits;

    public ApiProblems(ObjectProvider<LimitProperties> limits) {
        this.limits = limits;
    }

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

    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<ProblemDetail> bodyTooLarge(BodyTooLargeException e) {
        return refused(new RequestRefusedException(HttpStatus.PAYLOAD_TOO_LARGE, RequestRefusedException.TOO_LARGE,
                "Request too large", e.getMessage()));
    }

    /**
     * A passing failure of the store (timeout, outage, lost race) is 503 with {@code Retry-After};
     * any other data-access or transaction error is unexpected.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<ProblemDetail> store(RuntimeException e, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        if (response.isCommitted()) {
            return abort(e, request);
        }
        Optional<StoreFailure> failure = StoreFailure.of(e);
        if (failure.isEmpty()) {
            return ResponseEntity.internalServerError().body(unexpected(e, request, response));
        }
        ProblemDetail problem;
        if (failure.get() == StoreFailure.TIMEOUT) {
            LOG.warn("Query timed out: {}", e.getMessage());
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "the query took longer than the"
                    + " server allows (spring.jdbc.template.query-timeout); narrow the filter or try again later");
            problem.setType(RequestRefusedException.TIMEOUT);
            problem.setTitle("Query timed out");
        } else {
            LOG.warn("Store unavailable: {}", e.getMessage());
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "the store is unavailable at the moment; try again after Retry-After seconds");
            problem.setType(RequestRefusedException.STORE_UNAVAILABLE);
            problem.setTitle("Store unavailable");
        }
        Duration retryAfter = limits.getIfAvailable() == null ? DEFAULT_RETRY_AFTER : limits.getObject().retryAfter();
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, ProblemWriter.retryAfterSeconds(retryAfter))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
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
            return abort(e, request);
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

    /** A body that passed the size limit while Jackson read it is 413, not a malformed body. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException tooLarge) {
                return new ResponseEntity<>(bodyTooLarge(tooLarge).getBody(), HttpStatus.PAYLOAD_TOO_LARGE);
            }
        }
        return super.handleHttpMessageNotReadable(e, headers, status, request);
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

    /**
     * Logs a failure that came after the answer had begun and rethrows it, leaving it unresolved so
     * the servlet container aborts the connection (see {@link #unexpected}).
     */
    private static <T> T abort(Exception e, HttpServletRequest request) throws Exception {
        LOG.error("Request {} {} {} failed after its answer had begun; aborting the connection",
                request.getRequestId(), request.getMethod(), request.getRequestURI(), e);
        throw e;
    }
}
