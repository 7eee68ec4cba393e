package com.shop.routes.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.RequestRejectedException;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShopHttpFirewallTest {

    /** The expression Spring Security's strict firewall checks header names and values with by default. */
    private static final Pattern SPRING_DEFAULT = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    @Test
    void acceptsAndRefusesExactlyTheCharactersTheDefaultExpressionDoes() {
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String text = "a" + new String(Character.toChars(codePoint)) + "b";
            assertThat(ShopHttpFirewall.ASSIGNED_AND_NOT_CONTROL.test(text)).as("U+%04X", codePoint)
                    .isEqualTo(SPRING_DEFAULT.matcher(text).matches());
        }
    }

    @Test
    void aRequestWithAControlCharacterInAHeaderIsRejectedWhenTheHeaderIsRead() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/orders");
        request.addHeader("Authorization", "Bearer abc.def.ghi");
        request.addHeader("X-Note", "line\u0007bell");

        var firewalled = ShopHttpFirewall.strict().getFirewalledRequest(request);

        assertThat(firewalled.getHeader("Authorization")).isEqualTo("Bearer abc.def.ghi");
        assertThatThrownBy(() -> firewalled.getHeader("X-Note")).isInstanceOf(RequestRejectedException.class);
    }
}
