package com.shop.notification.delivery;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RenderedMessageTest {

    @Test
    void theFirstLineIsTheSubjectTheSecondTheShortTextAndTheRestTheBody() {
        RenderedMessage message = RenderedMessage.parse("Your order o-1 is confirmed\r\nOrder o-1: 9.90 EUR.\r\n\r\nHello Ada,\n\nthanks.\n");
        assertThat(message.subject()).isEqualTo("Your order o-1 is confirmed");
        assertThat(message.shortText()).isEqualTo("Order o-1: 9.90 EUR.");
        assertThat(message.body()).isEqualTo("Hello Ada,\n\nthanks.\n");
    }

    @Test
    void aTemplateWithoutSubjectOrShortTextIsRefused() {
        assertThatThrownBy(() -> RenderedMessage.parse("only a subject")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("subject line, a short text line and a body");
        assertThatThrownBy(() -> RenderedMessage.parse("\nshort\nbody")).isInstanceOf(IllegalArgumentException.class);
    }
}
