package com.shop.kafka;

/**
 * Kafka header names of the CloudEvents Kafka protocol binding (binary content mode) plus the trace
 * context and the correlation id every record carries.
 */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String CONTENT_TYPE = "content-type";
    public static final String CORRELATION_ID = "ce_correlationid";
    public static final String TRACEPARENT = "traceparent";

    public static final String SPEC_VERSION_VALUE = "1.0";
    public static final String CONTENT_TYPE_VALUE = "application/json";

    private CloudEventHeaders() {
    }
}
