package com.shop.users.login;

import com.shop.users.UserServiceTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logins still checking their password count towards the throttle's limits, but a login that reaches a limit only
 * through them waits for them to settle: correct logins sent together from one address all get in, guesses still get
 * no more tries than the limit, and a login that never settles keeps the others out only for the settle wait, and
 * counts as a failure once abandoned.
 */
class LoginsInProgressIT extends UserServiceTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MeterRegistry metrics;
    @Autowired
    LoginProperties properties;

    private LoginsAtOnce atOnce;

    @BeforeEach
    void loginsAtOnce() {
        atOnce = new LoginsAtOnce(jdbc, transactions, metrics);
    }

    @Test
    void correctLoginsToMoreAccountsThanTheClientsLimitSentTogetherFromOneAddressAllGetIn() throws Exception {
        int limit = properties.maxFailuresPerClient();
        List<String> emails = IntStream.range(0, limit + 5).mapToObj(i -> uniqueEmail("colleague")).toList();
        emails.forEach(email -> register(email, PASSWORD));
        String office = anyAddress();

        List<HttpResponse<String>> answers = atOnce.send(emails.size(), limit, i -> loginFrom(emails.get(i), PASSWORD, office));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200));
        assertThat(rowsFrom(office)).isZero();
    }

    @Test
    void moreCorrectLoginsToOneAccountThanItsLimitSentTogetherFromOneAddressAllGetIn() throws Exception {
        int limit = properties.maxFailuresPerAccountAndClient();
        String email = uniqueEmail("tabs");
        register(email, PASSWORD);
        String address = anyAddress();

        List<HttpResponse<String>> answers = atOnce.send(limit + 3, limit, i -> loginFrom(email, PASSWORD, address));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200));
        assertThat(rowsFrom(address)).isZero();
    }

    @Test
    void aLoginKeptOutByLoginsThatDoNotSettleWithinTheSettleWaitIsRefusedAsBusyForASecond() throws Exception {
        int limit = properties.maxFailuresPerAccountAndClient();
        String email = uniqueEmail("stuck");
        register(email, PASSWORD);
        String address = anyAddress();
        double busyBefore = metrics.counter("users.logins", "outcome", "busy").count();

        List<HttpResponse<String>> answers = atOnce.sendHoldingThePassingUntilTheOthersAreAnswered(
                limit + 1, limit, i -> loginFrom(email, PASSWORD, address));

        assertThat(statuses(answers)).isEqualTo(Map.of(200, (long) limit, 429, 1L));
        HttpResponse<String> busy = answers.stream().filter(answer -> answer.statusCode() == 429).findFirst().orElseThrow();
        assertProblem(busy, 429, "Too many requests");
        assertThat(json(busy).get("detail").asText()).isEqualTo("Too many logins at once; try again in a moment");
        assertThat(busy.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(metrics.counter("users.logins", "outcome", "busy").count()).isEqualTo(busyBefore + 1);
        assertThat(loginFrom(email, PASSWORD, address).statusCode()).isEqualTo(200);
    }

    @Test
    void aLoginLeftInProgressLongerThanAbandonedAfterCountsAsAFailure() {
        int limit = properties.maxFailuresPerAccountAndClient();
        String email = uniqueEmail("abandoned");
        register(email, PASSWORD);
        String address = anyAddress();
        failLogins(email, limit - 1, address);
        jdbc.update("INSERT INTO login_failures (email, client_ip, failed_at, settled) VALUES (?, ?, ?, false)", email, address,
                Timestamp.from(Instant.now().minus(properties.abandonedAfter()).minusSeconds(1)));

        HttpResponse<String> throttled = loginFrom(email, PASSWORD, address);

        assertProblem(throttled, 429, "Too many requests");
        assertThat(json(throttled).get("detail").asText()).isEqualTo("Too many failed logins; try again later");
        assertThat(throttled.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(800L, 900L));
    }

    @Test
    void aFloodOfGuessesFromOneAddressGetsTheLimitsTriesWhileTheOwnerGetsInFromAnother() throws Exception {
        int limit = properties.maxFailuresPerAccountAndClient();
        String email = uniqueEmail("owner");
        register(email, PASSWORD);
        String owner = anyAddress();
        String guesser = anyAddress();

        List<HttpResponse<String>> answers = atOnce.send(31, limit + 1,
                i -> i == 0 ? loginFrom(email, PASSWORD, owner) : loginFrom(email, "wrong-Password-" + i, guesser));

        assertThat(answers.get(0).statusCode()).as(answers.get(0).body()).isEqualTo(200);
        List<HttpResponse<String>> guesses = answers.subList(1, answers.size());
        assertThat(statuses(guesses)).isEqualTo(Map.of(401, (long) limit, 429, 30L - limit));
        guesses.stream().filter(answer -> answer.statusCode() == 429).forEach(answer -> {
            assertThat(json(answer).get("detail").asText()).isEqualTo("Too many failed logins; try again later");
            assertThat(answer.headers().firstValue("Retry-After")).hasValueSatisfying(
                    seconds -> assertThat(Long.parseLong(seconds)).isBetween(800L, 900L));
        });
        assertProblem(loginFrom(email, PASSWORD, guesser), 429, "Too many requests");
        assertThat(loginFrom(email, PASSWORD, owner).statusCode()).isEqualTo(200);
    }

    private int rowsFrom(String address) {
        Integer rows = jdbc.queryForObject("SELECT count(*) FROM login_failures WHERE client_ip = ?", Integer.class, address);
        return rows == null ? 0 : rows;
    }

    private static Map<Integer, Long> statuses(List<HttpResponse<String>> answers) {
        return answers.stream().collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
    }
}
