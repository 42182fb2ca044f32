package fr.plie.server.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every failure of an API request as problem+json with a stable code; unexpected ones without any detail. Errors
 * of the web application's pages are left to its error page.
 */
@RestControllerAdvice
class ProblemAdvice {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);

    /** Lets the web application's error page handle what is not an API request. */
    private static void api(HttpServletRequest request, Exception e) throws Exception {
        if (!request.getRequestURI().startsWith("/v1/")) {
            throw e;
        }
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<Object> refused(ApiProblem problem, HttpServletRequest request) throws Exception {
        api(request, problem);
        return Problems.response(problem, request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Object> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request)
            throws Exception {
        api(request, e);
        return Problems.response(
                ApiProblem.of(HttpStatus.BAD_REQUEST, "request.parameter-missing", e.getParameterName()), request);
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<Object> missingHeader(MissingRequestHeaderException e, HttpServletRequest request) throws Exception {
        api(request, e);
        return Problems.response(
                ApiProblem.of(HttpStatus.BAD_REQUEST, "request.header-missing", e.getHeaderName()), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request)
            throws Exception {
        api(request, e);
        return Problems.response(
                ApiProblem.of(HttpStatus.BAD_REQUEST, "request.parameter-invalid", e.getName()), request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Object> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) throws Exception {
        api(request, e);
        return Problems.response(ApiProblem.of(HttpStatus.BAD_REQUEST, "request.unreadable"), request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Object> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request)
            throws Exception {
        api(request, e);
        return Problems.response(ApiProblem.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "request.media-type"), request);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Object> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request)
            throws Exception {
        api(request, e);
        return Problems.response(ApiProblem.of(HttpStatus.NOT_ACCEPTABLE, "request.not-acceptable"), request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Object> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request)
            throws Exception {
        api(request, e);
        return Problems.response(ApiProblem.of(HttpStatus.METHOD_NOT_ALLOWED, "request.method"), request);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Object> noRoute(NoResourceFoundException e, HttpServletRequest request) throws Exception {
        api(request, e);
        return Problems.response(ApiProblem.of(HttpStatus.NOT_FOUND, "request.no-route"), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        api(request, e);
        if (response.isCommitted()) {
            // a streamed answer (NDJSON) already under way: no problem can follow its lines; the connection ends
            LOG.warn(
                    "{} {} ended while answering: {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    e.getClass().getName());
            return null;
        }
        if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            HttpStatus status = HttpStatus.valueOf(known.getStatusCode().value());
            return Problems.response(ApiProblem.of(status, "request.refused"), request);
        }
        // the class only: a message may quote the data being processed
        LOG.error(
                "unexpected failure on {} {}: {}",
                request.getMethod(),
                request.getRequestURI(),
                e.getClass().getName());
        return Problems.response(ApiProblem.of(HttpStatus.INTERNAL_SERVER_ERROR, "server.error"), request);
    }
}
