package com.shop.order.placement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A SHA-256 of an order request's content: tells a retry of the same request from a different order under a reused key. */
final class RequestFingerprint {

    private RequestFingerprint() {
    }

    static String of(OrderRequest request, ObjectMapper mapper) {
        try {
            byte[] canonical = mapper.writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the order request", e);
        }
    }
}
