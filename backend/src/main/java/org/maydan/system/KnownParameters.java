package org.maydan.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses query parameters an API handler does not declare, so that a misspelt filter
 * ({@code ?bbx=...}) is a 400 rather than silently ignored and answered with everything.
 * The allowed names are the {@link RequestParam} names of the handler method.
 */
public class KnownParameters implements HandlerInterceptor {

    private static final ParameterNameDiscoverer PARAMETER_NAMES = new DefaultParameterNameDiscoverer();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Set<String> allowed = Arrays.stream(method.getMethodParameters())
                .map(KnownParameters::requestParamName)
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
        for (String name : request.getParameterMap().keySet()) {
            if (!allowed.contains(name)) {
                throw new BadRequestException(name, "unknown parameter '" + name + "'; allowed: "
                        + (allowed.isEmpty() ? "none" : String.join(", ", allowed)));
            }
        }
        return true;
    }

    private static @Nullable String requestParamName(MethodParameter parameter) {
        RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
        if (annotation == null) {
            return null;
        }
        if (!annotation.name().isEmpty()) {
            return annotation.name();
        }
        // Handler parameters do not discover their names by themselves; the compiler keeps them
        // (-parameters, set by Spring Boot's parent pom).
        parameter.initParameterNameDiscovery(PARAMETER_NAMES);
        return parameter.getParameterName();
    }
}
