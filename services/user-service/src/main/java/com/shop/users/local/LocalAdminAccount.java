package com.shop.users.local;

import com.shop.users.account.AccountStore;
import com.shop.users.account.PasswordPolicy;
import com.shop.users.registration.NewAccount;
import com.shop.users.registration.Registrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * The local platform's admin: on the first start with the {@code local} profile, creates
 * {@value #EMAIL} with a random password and writes the credentials once to a file that
 * {@code ./platform up} prints. Never active in any other profile.
 */
@Component
@Profile("local")
public class LocalAdminAccount implements ApplicationRunner {

    public static final String EMAIL = "admin@shop.local";
    private static final Logger LOG = LoggerFactory.getLogger(LocalAdminAccount.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_";
    private static final int PASSWORD_LENGTH = 24;

    private final AccountStore accounts;
    private final Registrations registrations;
    private final TransactionTemplate transactions;
    private final Path credentialsFile;
    private final SecureRandom random = new SecureRandom();

    public LocalAdminAccount(AccountStore accounts, Registrations registrations, TransactionTemplate transactions,
                             @Value("${shop.local.admin-credentials-file}") Path credentialsFile) {
        this.accounts = accounts;
        this.registrations = registrations;
        this.transactions = transactions;
        this.credentialsFile = credentialsFile;
    }

    @Override
    public void run(ApplicationArguments args) {
        createIfMissing();
    }

    /**
     * Creates the admin and writes its credentials file, both or neither; does nothing when the admin exists.
     * Instances starting together on one database take turns, so exactly one creates the admin and writes the
     * file and the others find the admin there. Returns whether this call created it.
     */
    public boolean createIfMissing() {
        boolean created = Boolean.TRUE.equals(transactions.execute(status -> {
            accounts.lockCreationOf(EMAIL);
            if (accounts.existsByEmail(EMAIL)) {
                return false;
            }
            String password = newPassword();
            registrations.createOperator(new NewAccount(EMAIL, password, "Local admin", null, null, null, null));
            writeCredentials(password);
            return true;
        }));
        if (created) {
            LOG.info("created the local admin account {}; its credentials are in {}", EMAIL, credentialsFile.toAbsolutePath());
        }
        return created;
    }

    private String newPassword() {
        String password;
        do {
            StringBuilder chars = new StringBuilder(PASSWORD_LENGTH);
            for (int i = 0; i < PASSWORD_LENGTH; i++) {
                chars.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            password = chars.toString();
        } while (!PasswordPolicy.problems(password, EMAIL).isEmpty());
        return password;
    }

    private void writeCredentials(String password) {
        try {
            Path parent = credentialsFile.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.deleteIfExists(credentialsFile);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(credentialsFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(credentialsFile, "email=" + EMAIL + System.lineSeparator() + "password=" + password
                    + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the local admin's credentials to " + credentialsFile, e);
        }
    }
}
