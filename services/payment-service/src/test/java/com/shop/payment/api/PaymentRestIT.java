package com.shop.payment.api;

import com.shop.payment.PaymentIntegrationTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PaymentRestIT extends PaymentIntegrationTest {

    @Test
    void recordedPaymentsAreListedWithTheirTransactionsAndReadById() throws Exception {
        String customer = unique("customer-");
        String paid = unique("order-");
        String declined = unique("order-");
        publish(paid, authorization(paid, customer, "14.50", "tok_visa"));
        publish(declined, authorization(declined, customer, "7.00", "tok_chargeDeclined"));
        await().atMost(Duration.ofSeconds(20)).until(() -> status(paid).equals("AUTHORIZED") && status(declined).equals("DECLINED"));

        HttpResponse<String> list = get("/payments?customerId=" + customer + "&size=10");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"total\":2", "\"orderId\":\"" + paid + "\"", "\"orderId\":\"" + declined + "\"",
                "\"status\":\"AUTHORIZED\"", "\"status\":\"DECLINED\"", "\"kind\":\"AUTHORIZATION\"", "\"result\":\"APPROVED\"",
                "\"result\":\"DECLINED\"", "\"detail\":\"card_declined: Your card was declined.\"")
                .doesNotContain("tok_visa");

        HttpResponse<String> onlyDeclined = get("/payments?customerId=" + customer + "&status=DECLINED");
        assertThat(onlyDeclined.body()).contains("\"total\":1", declined).doesNotContain(paid);

        String id = payment(paid).get("id").toString();
        HttpResponse<String> one = get("/payments/" + id);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).contains("\"id\":\"" + id + "\"", "\"amount\":14.50", "\"currency\":\"EUR\"",
                "\"providerReference\":\"" + charges(paid).get(0).id() + "\"", "\"idempotencyKey\":\"" + paid + "\"");
    }

    @Test
    void anUnknownPaymentIsANotFoundProblem() throws Exception {
        for (String id : new String[]{UUID.randomUUID().toString(), "not-a-payment-id"}) {
            HttpResponse<String> response = get("/payments/" + id);
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).contains("\"status\":404", "No payment with id " + id);
        }
    }

    @Test
    void anUnknownStatusFilterIsABadRequestNamingTheField() throws Exception {
        HttpResponse<String> response = get("/payments?status=PAID");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"status\"", "AUTHORIZED");
    }

    @Test
    void aCustomerSeesOnlyTheirOwnPaymentsAndAnAdminEveryones() throws Exception {
        String alice = unique("alice-");
        String bob = unique("bob-");
        String alicesOrder = unique("order-");
        String bobsOrder = unique("order-");
        publish(alicesOrder, authorization(alicesOrder, alice, "11.00", "tok_visa"));
        publish(bobsOrder, authorization(bobsOrder, bob, "22.00", "tok_visa"));
        await().atMost(Duration.ofSeconds(20)).until(() -> status(alicesOrder).equals("AUTHORIZED") && status(bobsOrder).equals("AUTHORIZED"));
        String bobsPayment = payment(bobsOrder).get("id").toString();

        HttpResponse<String> alicesList = get("/payments?customerId=" + bob, TOKENS.customer(alice));
        assertThat(alicesList.statusCode()).isEqualTo(200);
        assertThat(alicesList.body()).as("a customer's filter cannot name someone else")
                .contains("\"total\":1", alicesOrder).doesNotContain(bobsOrder);
        HttpResponse<String> someoneElses = get("/payments/" + bobsPayment, TOKENS.customer(alice));
        assertThat(someoneElses.statusCode()).isEqualTo(404);
        assertThat(someoneElses.body()).contains("No payment with id " + bobsPayment);
        assertThat(get("/payments/" + bobsPayment, TOKENS.customer(bob)).statusCode()).isEqualTo(200);

        HttpResponse<String> adminsView = get("/payments?customerId=" + bob, TOKENS.admin("admin-1"));
        assertThat(adminsView.body()).contains("\"total\":1", bobsOrder).doesNotContain(alicesOrder);
    }

    @Test
    void paymentsNeedAnAccessToken() throws Exception {
        HttpResponse<String> response = get("/payments", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }
}
