package com.shop.routes.rest;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * What every HTTP server of the platform takes, under {@code shop.http.*} ({@code SHOP_HTTP_MAX_REQUEST_BODY} in the
 * environment): the largest request body, held in memory while a request is served, so kept well under the heap.
 */
@Validated
@ConfigurationProperties("shop.http")
public record ShopHttpProperties(@NotNull @DefaultValue("1MB") DataSize maxRequestBody) {

    /** A body is read into one array. */
    static final DataSize LARGEST = DataSize.ofMegabytes(256);

    public ShopHttpProperties {
        if (maxRequestBody != null && (maxRequestBody.toBytes() < 1 || maxRequestBody.compareTo(LARGEST) > 0)) {
            throw new IllegalArgumentException("shop.http.max-request-body is " + maxRequestBody
                    + ": it must be from 1 byte to " + LARGEST);
        }
    }
}
