package com.shop.routes.security;

import org.springframework.security.web.firewall.StrictHttpFirewall;

import java.util.function.Predicate;

/**
 * Spring Security's strict firewall with the same rules for header names and values (every character assigned
 * in Unicode, none a control character but, in a value, a tab), checked by a loop instead of its default regular expression. The
 * firewall checks a header each time it is read and Camel reads every header of a request, so the expression
 * matched the whole bearer token character by character many times per request: a seventh of a service's CPU.
 */
final class ShopHttpFirewall {

    static final Predicate<String> HEADER_NAMES = name -> assignedAndNotControl(name, false);
    static final Predicate<String> HEADER_VALUES = value -> assignedAndNotControl(value, true);

    private ShopHttpFirewall() {
    }

    static StrictHttpFirewall strict() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(HEADER_NAMES);
        firewall.setAllowedHeaderValues(HEADER_VALUES);
        return firewall;
    }

    private static boolean assignedAndNotControl(String text, boolean tabAllowed) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || type == Character.CONTROL && !(tabAllowed && codePoint == '\t')) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
