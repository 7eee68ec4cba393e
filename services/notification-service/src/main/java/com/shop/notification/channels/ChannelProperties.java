package com.shop.notification.channels;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.time.Duration;

/**
 * {@code notification.channels.*}: where the providers of the three channels are (the SMTP server, the SMS
 * provider's and the push gateway's HTTP APIs) and how long a call to one may take.
 */
@Validated
@ConfigurationProperties("notification.channels")
public record ChannelProperties(
        @NotNull @DefaultValue("2s") Duration connectTimeout,
        @NotNull @DefaultValue("5s") Duration requestTimeout,
        @Valid @NotNull Email email,
        @Valid @NotNull Sms sms,
        @Valid @NotNull Push push) {

    /**
     * The SMTP server mail goes through, and the sender address; how many connections to it stay open for the next mails,
     * and for how long an unused one is kept (below the server's own idle timeout: the sandbox's is 30 s, 5 minutes is
     * common).
     */
    public record Email(@NotBlank String host, @Min(1) @Max(65_535) int port, @NotBlank String from,
                        @Min(1) @DefaultValue("4") int connections,
                        @NotNull @DurationMin(millis = 1) @DefaultValue("20s") Duration maxIdle) {
    }

    /** The SMS provider's API and the sender name shown on the phone. */
    public record Sms(@NotNull URI url, @NotBlank @DefaultValue("Shop") String sender) {
    }

    /** The push gateway's API. */
    public record Push(@NotNull URI url) {
    }
}
