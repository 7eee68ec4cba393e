package com.shop.platform.launcher;

/** A command line or environment setting the launcher cannot act on; its message says what to fix. */
public class UsageException extends IllegalArgumentException {

    public UsageException(String message) {
        super(message);
    }
}
