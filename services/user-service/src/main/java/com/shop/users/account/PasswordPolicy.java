package com.shop.users.account;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a new password must be: at least 10 characters, at most 72 bytes (all that bcrypt reads), not of
 * one kind only (letters, digits, or one repeated character), and not containing the email's name.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    /** Everything wrong with {@code password} for the account of {@code email}: empty when it is acceptable. */
    public static List<String> problems(String password, String email) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            problems.add("must be at least " + MIN_LENGTH + " characters long");
            return problems;
        }
        if (!fitsBcrypt(password)) {
            problems.add("must be at most " + MAX_BYTES + " bytes long");
        }
        if (password.chars().allMatch(Character::isLetter) || password.chars().allMatch(Character::isDigit)) {
            problems.add("must mix kinds of characters, not only letters or only digits");
        } else if (password.chars().distinct().count() == 1) {
            problems.add("must not be one repeated character");
        }
        String name = email == null ? "" : email.split("@")[0].toLowerCase(Locale.ROOT);
        if (name.length() >= 3 && password.toLowerCase(Locale.ROOT).contains(name)) {
            problems.add("must not contain the email's name");
        }
        return problems;
    }

    static boolean fitsBcrypt(String password) {
        return password != null && password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }
}
