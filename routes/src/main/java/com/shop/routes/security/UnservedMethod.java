package com.shop.routes.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;

/**
 * A request whose path the service serves, but not with the request's method: Spring MVC answers it 405 with the
 * methods it does serve ({@code Allow}), and no token would change that. The handler mappings are asked in the order
 * the dispatcher asks them, on attributes of the lookup's own, so that the request reaches the dispatcher as it came.
 */
final class UnservedMethod implements RequestMatcher {

    private final HandlerMappingIntrospector handlers;

    UnservedMethod(HandlerMappingIntrospector handlers) {
        this.handlers = handlers;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        HttpServletRequest lookup = new LookupRequest(request);
        for (HandlerMapping mapping : handlers.getHandlerMappings()) {
            try {
                if (mapping.getHandler(lookup) != null) {
                    return false;
                }
            } catch (HttpRequestMethodNotSupportedException unserved) {
                return true;
            } catch (Exception otherwise) {
                return false;
            }
        }
        return false;
    }

    /** The request with a copy of its attributes, which a handler lookup writes to. */
    private static final class LookupRequest extends HttpServletRequestWrapper {

        private final Map<String, Object> attributes = new HashMap<>();

        LookupRequest(HttpServletRequest request) {
            super(request);
            for (String name : Collections.list(request.getAttributeNames())) {
                attributes.put(name, request.getAttribute(name));
            }
        }

        @Override
        public Object getAttribute(String name) {
            return attributes.get(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            return Collections.enumeration(attributes.keySet());
        }

        @Override
        public void setAttribute(String name, Object value) {
            attributes.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.remove(name);
        }
    }
}
