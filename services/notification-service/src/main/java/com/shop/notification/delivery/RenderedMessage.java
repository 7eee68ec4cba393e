package com.shop.notification.delivery;

/**
 * A message as its template rendered it. A template's first line is the subject (an email's subject, a push
 * notification's title), its second line the short text (the SMS, the push notification's body), and what follows
 * the blank line after them the body of the email.
 */
public record RenderedMessage(String subject, String shortText, String body) {

    public static RenderedMessage parse(String rendered) {
        String[] parts = rendered.replace("\r\n", "\n").split("\n", 3);
        if (parts.length < 3 || parts[0].isBlank() || parts[1].isBlank()) {
            throw new IllegalArgumentException("a template must render a subject line, a short text line and a body, not: "
                    + rendered);
        }
        return new RenderedMessage(parts[0].strip(), parts[1].strip(), parts[2].strip() + "\n");
    }
}
