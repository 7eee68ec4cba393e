package com.shop.connectors.payment.sandbox;

import com.shop.connectors.payment.PaymentProviderClient;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The provider's API as a merchant calls it: {@code POST /v1/charges} (authorize, with an
 * {@code Idempotency-Key}), {@code GET /v1/charges?idempotency_key=} (look the answer up) and
 * {@code POST /v1/charges/{id}/refunds}.
 */
final class ProviderApi implements HttpHandler {

    private static final Pattern REFUNDS = Pattern.compile("/v1/charges/([A-Za-z0-9_]+)/refunds");

    private final SandboxLedger ledger;
    private final SandboxHttp http;

    ProviderApi(SandboxLedger ledger, SandboxHttp http) {
        this.ledger = ledger;
        this.http = http;
    }

    @Override
    public void handle(HttpExchange exchange) {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        String key = exchange.getRequestHeaders().getFirst(PaymentProviderClient.IDEMPOTENCY_KEY_HEADER);
        Matcher refunds = REFUNDS.matcher(path);
        SandboxReply reply;
        if (path.equals("/v1/charges") && method.equals("POST")) {
            reply = http.jsonObject(exchange).map(body -> ledger.charge(key, body)).orElseGet(SandboxReply::notJson);
        } else if (path.equals("/v1/charges") && method.equals("GET")) {
            reply = ledger.lookup(SandboxHttp.queryParameter(exchange, "idempotency_key").orElse(null));
        } else if (refunds.matches() && method.equals("POST")) {
            reply = http.jsonObject(exchange).map(body -> ledger.refund(refunds.group(1), key, body)).orElseGet(SandboxReply::notJson);
        } else {
            reply = SandboxReply.noSuchOperation(method, path);
        }
        http.respond(exchange, reply);
    }
}
