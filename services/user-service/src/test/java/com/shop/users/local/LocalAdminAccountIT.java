package com.shop.users.local;

import com.nimbusds.jwt.SignedJWT;
import com.shop.users.LockWaits;
import com.shop.users.UserServiceTest;
import com.shop.users.account.AccountStore;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalAdminAccountIT extends UserServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AccountStore accounts;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path platformHome;

    @Test
    @Order(1)
    void outsideTheLocalProfileThereIsNoLocalAdmin() {
        assertThat(context.getBeanNamesForType(LocalAdminAccount.class)).isEmpty();
        assertThat(accounts.existsByEmail(LocalAdminAccount.EMAIL)).isFalse();
    }

    @Test
    @Order(2)
    void theFirstLocalStartCreatesTheAdminAndWritesItsCredentialsOnce() throws Exception {
        Path file = platformHome.resolve("admin-credentials.txt");
        LocalAdminAccount localAdmin = new LocalAdminAccount(accounts, registrations, transactions, file);

        assertThat(localAdmin.createIfMissing()).isTrue();
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo("email=" + LocalAdminAccount.EMAIL);
        String password = lines.get(1).substring("password=".length());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        String token = tokens(LocalAdminAccount.EMAIL, password).get("accessToken").asText();
        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getStringListClaim("roles")).contains("ADMIN");

        String written = Files.readString(file);
        assertThat(localAdmin.createIfMissing()).isFalse();
        assertThat(Files.readString(file)).isEqualTo(written);
        Files.delete(file);
        assertThat(localAdmin.createIfMissing()).isFalse();
        assertThat(file).doesNotExist();
    }

    @Test
    @Order(3)
    void twoInstancesStartingTogetherCreateTheAdminOnceAndBothStart() throws Exception {
        jdbc.update("DELETE FROM users WHERE email = ?", LocalAdminAccount.EMAIL);
        Path file = platformHome.resolve("admin-credentials.txt");
        LocalAdminAccount first = new LocalAdminAccount(accounts, registrations, transactions, file);
        LocalAdminAccount second = new LocalAdminAccount(accounts, registrations, transactions, file);
        ExecutorService secondInstance = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> secondCreated = transactions.execute(status -> {
                assertThat(first.createIfMissing()).isTrue();
                Future<Boolean> created = secondInstance.submit(second::createIfMissing);
                LockWaits.awaitAStatementWaitingForALock(jdbc);
                return created;
            });
            String written = Files.readString(file);

            assertThat(secondCreated.get(10, TimeUnit.SECONDS)).isFalse();
            assertThat(Files.readString(file)).isEqualTo(written);
            String password = Files.readAllLines(file).get(1).substring("password=".length());
            assertThat(login(LocalAdminAccount.EMAIL, password).statusCode()).isEqualTo(200);
        } finally {
            secondInstance.shutdownNow();
        }
    }
}
