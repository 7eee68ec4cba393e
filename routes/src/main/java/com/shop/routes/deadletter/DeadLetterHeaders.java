package com.shop.routes.deadletter;

/** Headers a dead-letter record carries beside the original record's own headers, key and value. */
public final class DeadLetterHeaders {

    public static final String ORIGINAL_TOPIC = "dlt_original_topic";
    public static final String ORIGINAL_PARTITION = "dlt_original_partition";
    public static final String ORIGINAL_OFFSET = "dlt_original_offset";
    public static final String EXCEPTION_CLASS = "dlt_exception_class";
    public static final String EXCEPTION_MESSAGE = "dlt_exception_message";
    public static final String ATTEMPTS = "dlt_attempts";
    public static final String FAILED_AT = "dlt_failed_at";
    public static final String SERVICE = "dlt_service";
    /** {@code POISON_RECORD} (never retried) or {@code RETRIES_EXHAUSTED} (a transient failure that did not heal). */
    public static final String REASON = "dlt_reason";

    public static final String POISON_RECORD = "POISON_RECORD";
    public static final String RETRIES_EXHAUSTED = "RETRIES_EXHAUSTED";

    private DeadLetterHeaders() {
    }
}
