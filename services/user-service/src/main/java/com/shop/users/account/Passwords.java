package com.shop.users.account;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Hashes passwords with bcrypt and checks them. Checking against no account still spends a bcrypt
 * comparison, so a login for an unknown email takes as long as one with a wrong password.
 */
@Component
public class Passwords {

    private final BCryptPasswordEncoder encoder;
    private final String hashOfNoAccount;

    public Passwords(PasswordProperties properties) {
        SecureRandom random = new SecureRandom();
        this.encoder = new BCryptPasswordEncoder(properties.bcryptStrength(), random);
        byte[] unguessable = new byte[24];
        random.nextBytes(unguessable);
        this.hashOfNoAccount = encoder.encode(Base64.getEncoder().encodeToString(unguessable));
    }

    public String hash(String password) {
        return encoder.encode(password);
    }

    /**
     * True when {@code password} is the one of {@code credentials}; false, after the same work, when there are
     * none or the password is longer than bcrypt reads (it would compare only its first 72 bytes).
     */
    public boolean matches(String password, Credentials credentials) {
        boolean usable = credentials != null && PasswordPolicy.fitsBcrypt(password);
        boolean matches = encoder.matches(password, usable ? credentials.passwordHash() : hashOfNoAccount);
        return usable && matches;
    }
}
