package com.shop.routes.deadletter;

import java.util.Map;

/** A record on a dead-letter topic as operators see it: where it sits, its key, value and headers. */
public record DeadLetter(String topic, int partition, long offset, String key, String value, Map<String, String> headers) {
}
