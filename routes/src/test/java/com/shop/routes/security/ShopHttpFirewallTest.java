package com.shop.routes.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShopHttpFirewallTest {

    @Test
    void acceptsAndRefusesExactlyTheCharactersSpringsDefaultRulesDo() {
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String text = "a" + new String(Character.toChars(codePoint)) + "b";
            assertThat(ShopHttpFirewall.HEADER_NAMES.test(text)).as("name with U+%04X", codePoint)
                    .isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_NAMES.test(text));
            assertThat(ShopHttpFirewall.HEADER_VALUES.test(text)).as("value with U+%04X", codePoint)
                    .isEqualTo(StrictHttpFirewall.ALLOWED_HEADER_VALUES.test(text));
        }
        assertThat(ShopHttpFirewall.HEADER_VALUES.test("a\tb")).isTrue();
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
