package com.shop.bench;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} pairs with defaults from the environment. */
final class Options {

    private final Map<String, String> values;

    private Options(Map<String, String> values) {
        this.values = values;
    }

    static Options parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            values.put(args[i].substring(2), args[i + 1]);
        }
        return new Options(values);
    }

    String text(String name, String env, String fallback) {
        String value = values.get(name);
        if (value == null && env != null) {
            value = System.getenv(env);
        }
        return value == null ? fallback : value;
    }

    int number(String name, int fallback) {
        String value = values.get(name);
        return value == null ? fallback : Integer.parseInt(value);
    }
}
