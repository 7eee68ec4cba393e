package com.shop.connectors.payment.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shop.connectors.payment.Charge;
import com.shop.connectors.payment.Refund;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The sandbox provider's books and rules: charges taken, refunds given, and the answer remembered for
 * every idempotency key, so that a repeated request gets the first answer again and never moves money
 * twice. Answers that did not decide anything (outage, the first attempts of {@code tok_transient},
 * invalid parameters) are not remembered. Thread-safe.
 */
final class SandboxLedger {

    private static final System.Logger LOG = System.getLogger(SandboxLedger.class.getName());

    private final SandboxSettings settings;
    private final Clock clock;
    private final Map<String, SandboxCharge> charges = new LinkedHashMap<>();
    private final Map<String, Remembered> chargeAnswers = new HashMap<>();
    private final Map<String, Remembered> refundAnswers = new HashMap<>();
    private final Map<String, Integer> transientAttempts = new HashMap<>();
    private volatile boolean down;

    SandboxLedger(SandboxSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    synchronized SandboxReply charge(String idempotencyKey, ObjectNode request) {
        if (down) {
            return outage();
        }
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return SandboxReply.invalid("idempotency_key_missing", "Send an Idempotency-Key header with every charge");
        }
        Remembered earlier = chargeAnswers.get(idempotencyKey);
        if (earlier != null) {
            return earlier.replayFor(request);
        }
        String invalid = invalidCharge(request);
        if (invalid != null) {
            return SandboxReply.invalid("parameter_invalid", invalid);
        }
        String source = request.get("source").asText();
        TestCard card = TestCard.byToken(source).orElse(null);
        if (card == null) {
            return remember(chargeAnswers, idempotencyKey, request,
                    SandboxReply.invalid("resource_missing", "No such token: '" + source + "'"));
        }
        if (card == TestCard.TRANSIENT
                && transientAttempts.merge(idempotencyKey, 1, Integer::sum) <= settings.transientFailures()) {
            return SandboxReply.unavailable("The card network did not answer; try again with the same Idempotency-Key");
        }
        if (card == TestCard.DECLINED) {
            LOG.log(System.Logger.Level.INFO, "declined {0} (key {1})", source, idempotencyKey);
            return remember(chargeAnswers, idempotencyKey, request,
                    SandboxReply.error(402, "card_error", "card_declined", "Your card was declined."));
        }
        SandboxCharge charge = new SandboxCharge("ch_" + newId(), idempotencyKey, request.get("amount").decimalValue(),
                request.get("currency").asText(), source, clock.instant());
        charges.put(charge.id(), charge);
        LOG.log(System.Logger.Level.INFO, "charged {0} {1} {2} (key {3})", charge.id(),
                request.get("amount").decimalValue().toPlainString(), charge.currency(), idempotencyKey);
        SandboxReply approved = remember(chargeAnswers, idempotencyKey, request, SandboxReply.of(201, charge.snapshot()));
        return card == TestCard.TIMEOUT ? approved.delayedBy(settings.slowResponse()) : approved;
    }

    synchronized SandboxReply refund(String chargeId, String idempotencyKey, ObjectNode request) {
        if (down) {
            return outage();
        }
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return SandboxReply.invalid("idempotency_key_missing", "Send an Idempotency-Key header with every refund");
        }
        ObjectNode fingerprint = request.deepCopy().put("charge", chargeId);
        Remembered earlier = refundAnswers.get(idempotencyKey);
        if (earlier != null) {
            return earlier.replayFor(fingerprint);
        }
        SandboxCharge charge = charges.get(chargeId);
        if (charge == null) {
            return SandboxReply.error(404, "invalid_request_error", "resource_missing", "No such charge: '" + chargeId + "'");
        }
        JsonNode amountField = request.get("amount");
        if (amountField != null && !amountField.isNull() && (!amountField.isNumber() || amountField.decimalValue().signum() <= 0)) {
            return SandboxReply.invalid("parameter_invalid", "amount must be a positive number");
        }
        BigDecimal refundable = charge.refundable();
        if (refundable.signum() == 0) {
            return SandboxReply.invalid("charge_already_refunded", "Charge " + chargeId + " has already been refunded.");
        }
        BigDecimal amount = amountField == null || amountField.isNull() ? refundable : amountField.decimalValue();
        if (amount.compareTo(refundable) > 0) {
            return SandboxReply.invalid("amount_too_large", "Refund amount " + amount.toPlainString()
                    + " is greater than the refundable " + refundable.toPlainString());
        }
        Refund refund = new Refund("re_" + newId(), chargeId, idempotencyKey, amount, charge.currency(), Refund.SUCCEEDED,
                clock.instant());
        charge.add(refund);
        LOG.log(System.Logger.Level.INFO, "refunded {0} {1} on {2} (key {3})", amount.toPlainString(), charge.currency(),
                chargeId, idempotencyKey);
        return remember(refundAnswers, idempotencyKey, fingerprint, SandboxReply.of(201, refund));
    }

    /** The answer given under {@code idempotencyKey}: an approved charge as it stands now, or the decline as it was. */
    synchronized SandboxReply lookup(String idempotencyKey) {
        if (down) {
            return outage();
        }
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return SandboxReply.invalid("parameter_missing", "idempotency_key is required");
        }
        Remembered earlier = chargeAnswers.get(idempotencyKey);
        if (earlier == null) {
            return SandboxReply.error(404, "invalid_request_error", "resource_missing",
                    "No charge was requested with idempotency key '" + idempotencyKey + "'");
        }
        if (earlier.reply().succeeded()) {
            Charge answered = (Charge) earlier.reply().body();
            return SandboxReply.of(200, charges.get(answered.id()).snapshot());
        }
        return earlier.reply();
    }

    /** Every charge taken, oldest first, with its refunds. */
    synchronized List<Charge> charges() {
        return charges.values().stream().map(SandboxCharge::snapshot).toList();
    }

    void outage(boolean on) {
        down = on;
        LOG.log(System.Logger.Level.INFO, on ? "outage: every API call now answers 503" : "outage over: the API answers again");
    }

    boolean down() {
        return down;
    }

    private static SandboxReply outage() {
        return SandboxReply.unavailable("The payment provider is down for maintenance");
    }

    private static SandboxReply remember(Map<String, Remembered> answers, String key, JsonNode request, SandboxReply reply) {
        answers.put(key, new Remembered(request, reply));
        return reply;
    }

    /** Ids of the kind {@code ch_3f9c...}: unique, opaque, and safe in a URL path. */
    private static String newId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }

    private static String invalidCharge(JsonNode request) {
        JsonNode amount = request.get("amount");
        if (amount == null || !amount.isNumber() || amount.decimalValue().signum() <= 0) {
            return "amount must be a positive number";
        }
        JsonNode currency = request.get("currency");
        if (currency == null || !currency.isTextual() || !currency.asText().matches("[A-Z]{3}")) {
            return "currency must be an ISO 4217 code such as EUR";
        }
        JsonNode source = request.get("source");
        if (source == null || !source.isTextual() || source.asText().isBlank()) {
            return "source must be a card token such as tok_visa";
        }
        return null;
    }

    /** The first request made under an idempotency key and the answer it got. */
    private record Remembered(JsonNode request, SandboxReply reply) {

        SandboxReply replayFor(JsonNode repeated) {
            if (!request.equals(repeated)) {
                return SandboxReply.invalid("idempotency_key_in_use",
                        "This Idempotency-Key was used before with different parameters");
            }
            return reply;
        }
    }
}
