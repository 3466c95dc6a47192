package org.maydan.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses query parameters an API handler does not declare, so that a misspelt filter
 * ({@code ?bbx=...}) is a 400 rather than silently ignored and answered with everything.
 * The allowed names are the {@link RequestParam} names of the handler method and the components
 * of records it takes from the query string (a record parameter without {@link RequestParam}),
 * named as {@link BindParam} says where it is present.
 */
public class KnownParameters implements HandlerInterceptor {

    private static final ParameterNameDiscoverer PARAMETER_NAMES = new DefaultParameterNameDiscoverer();
    /** The names per handler method, worked out once: handlers do not change while the server runs. */
    private static final Map<Method, Set<String>> ALLOWED = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Set<String> allowed = ALLOWED.computeIfAbsent(method.getMethod(), m -> allowedNames(method));
        for (String name : request.getParameterMap().keySet()) {
            if (!allowed.contains(name)) {
                throw new BadRequestException(name, "unknown parameter '" + name + "'; allowed: "
                        + (allowed.isEmpty() ? "none" : String.join(", ", allowed)));
            }
        }
        return true;
    }

    private static Set<String> allowedNames(HandlerMethod method) {
        Set<String> allowed = Arrays.stream(method.getMethodParameters())
                .map(KnownParameters::requestParamName)
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
        Arrays.stream(method.getMethodParameters()).forEach(p -> allowed.addAll(boundRecordNames(p)));
        return Collections.unmodifiableSet(allowed);
    }

    /** The query parameter names of a record bound from the query string, none for other parameters. */
    private static List<String> boundRecordNames(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        if (!type.isRecord() || parameter.hasParameterAnnotation(RequestParam.class)) {
            return List.of();
        }
        return Arrays.stream(type.getRecordComponents()).map(component -> {
            BindParam name = component.getAnnotation(BindParam.class);
            if (name == null) {
                Parameter constructorParameter = constructorParameter(type, component);
                name = constructorParameter == null ? null : constructorParameter.getAnnotation(BindParam.class);
            }
            return name != null ? name.value() : component.getName();
        }).toList();
    }

    /** The canonical constructor's parameter of a component, where annotations on components land. */
    private static @Nullable Parameter constructorParameter(Class<?> record, RecordComponent component) {
        Class<?>[] types = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        try {
            Parameter[] parameters = record.getDeclaredConstructor(types).getParameters();
            RecordComponent[] components = record.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                if (components[i].getName().equals(component.getName())) {
                    return parameters[i];
                }
            }
            return null;
        } catch (NoSuchMethodException e) {
            return null;
        }
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
