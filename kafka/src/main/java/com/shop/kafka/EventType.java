package com.shop.kafka;

import java.util.Objects;

/**
 * One event or command type of the contract: its CloudEvents type ({@code ce_type}), the record that
 * carries it, the topic it travels on and the classpath resource of its JSON Schema.
 */
public record EventType(String ceType, Class<? extends Record> javaType, Topic topic, String schemaResource) {

    public EventType {
        Objects.requireNonNull(ceType, "ceType");
        Objects.requireNonNull(javaType, "javaType");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(schemaResource, "schemaResource");
    }
}
