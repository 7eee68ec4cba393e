package com.shop.connectors.payment.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.util.Map;

/**
 * What a provider's dashboard would show and the switches of the test mode: {@code GET /charges} (every
 * charge with its refunds), {@code POST /admin/outage/on|off} and {@code GET /admin/outage}, {@code GET /health}.
 */
final class OperatorApi implements HttpHandler {

    private final SandboxLedger ledger;
    private final SandboxHttp http;

    OperatorApi(SandboxLedger ledger, SandboxHttp http) {
        this.ledger = ledger;
        this.http = http;
    }

    @Override
    public void handle(HttpExchange exchange) {
        String operation = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
        SandboxReply reply = switch (operation) {
            case "GET /charges" -> SandboxReply.of(200, ledger.charges());
            case "GET /admin/outage" -> outage();
            case "POST /admin/outage/on" -> {
                ledger.outage(true);
                yield outage();
            }
            case "POST /admin/outage/off" -> {
                ledger.outage(false);
                yield outage();
            }
            case "GET /health" -> SandboxReply.of(200, Map.of("status", "UP"));
            default -> SandboxReply.noSuchOperation(exchange.getRequestMethod(), exchange.getRequestURI().getPath());
        };
        http.respond(exchange, reply);
    }

    private SandboxReply outage() {
        return SandboxReply.of(200, Map.of("down", ledger.down()));
    }
}
