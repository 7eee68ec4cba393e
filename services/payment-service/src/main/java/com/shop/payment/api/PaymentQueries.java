package com.shop.payment.api;

import com.shop.payment.ledger.Payment;
import com.shop.payment.ledger.PaymentStatus;
import com.shop.payment.ledger.PaymentStore;
import com.shop.payment.ledger.PaymentTransaction;
import com.shop.routes.rest.ProblemException;
import com.shop.routes.security.Caller;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads payments with their provider transactions, as their callers may see them: customers their own (anyone
 * else's payment does not exist for them), admins everyone's.
 */
@Service
public class PaymentQueries {

    private final PaymentStore store;

    public PaymentQueries(PaymentStore store) {
        this.store = store;
    }

    /**
     * A page of the caller's payments, newest first, only in {@code status} when given; admins see everyone's, or
     * one customer's when they name one.
     */
    public PaymentPage list(Caller caller, String customerId, PaymentStatus status, int page, int size) {
        String owner = caller.isAdmin() ? customerId : caller.userId();
        List<Payment> payments = store.page(owner, status, page, size);
        Map<UUID, List<PaymentTransaction>> transactions = store.transactions(payments.stream().map(Payment::id).toList())
                .stream().collect(Collectors.groupingBy(PaymentTransaction::paymentId));
        List<PaymentView> items = payments.stream()
                .map(p -> PaymentView.of(p, transactions.getOrDefault(p.id(), List.of())))
                .toList();
        return new PaymentPage(items, page, size, store.count(owner, status));
    }

    public PaymentView get(Caller caller, String id) {
        return parse(id).flatMap(store::find)
                .filter(p -> caller.mayAccess(p.customerId()))
                .map(p -> PaymentView.of(p, store.transactions(p.id())))
                .orElseThrow(() -> ProblemException.notFound("No payment with id " + id));
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
