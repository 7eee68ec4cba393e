package com.shop.users.account;

import java.util.Locale;

/** One spelling per address: an account is found whatever case or surrounding spaces the user typed. */
public final class Emails {

    /** What every email field accepts: one {@code @}, no spaces, a dot in the domain (as the event schemas require). */
    public static final String PATTERN = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    private Emails() {
    }

    public static String normalize(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}
