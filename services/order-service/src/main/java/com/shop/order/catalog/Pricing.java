package com.shop.order.catalog;

import com.shop.kafka.events.OrderLine;
import com.shop.kafka.events.ReservationLine;
import com.shop.kafka.events.ShortLine;
import com.shop.routes.rest.FieldProblem;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Prices an order's lines from the catalogue's answers: the catalogue's price per unit, never the client's. */
public final class Pricing {

    private Pricing() {
    }

    public static Quote quote(List<ReservationLine> lines, Map<String, CatalogAnswer> answers) {
        if (lines.isEmpty()) {
            return new Quote.Refused(List.of(new FieldProblem("lines", "must list at least one line")));
        }
        for (CatalogAnswer answer : answers.values()) {
            if (answer instanceof CatalogAnswer.Unavailable unavailable) {
                return new Quote.Unavailable(unavailable.reason());
            }
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<OrderLine> priced = new ArrayList<>();
        Set<String> currencies = new TreeSet<>();
        for (int i = 0; i < lines.size(); i++) {
            ReservationLine line = lines.get(i);
            CatalogAnswer answer = answers.get(line.sku());
            if (answer instanceof CatalogAnswer.Found found && found.product().active()) {
                priced.add(new OrderLine(line.sku(), line.quantity(), found.product().price()));
                currencies.add(found.product().currency());
            } else if (answer instanceof CatalogAnswer.Found) {
                problems.add(new FieldProblem("lines[" + i + "].sku", "product " + line.sku() + " is not for sale"));
            } else if (answer == null || answer instanceof CatalogAnswer.Unknown) {
                problems.add(new FieldProblem("lines[" + i + "].sku", "no product with sku " + line.sku()));
            }
        }
        if (problems.isEmpty() && currencies.size() > 1) {
            problems.add(new FieldProblem("lines", "the products are priced in different currencies (" + String.join(", ", currencies)
                    + "); order them separately"));
        }
        if (!problems.isEmpty()) {
            return new Quote.Refused(problems);
        }
        BigDecimal total = priced.stream().map(l -> l.unitPrice().multiply(BigDecimal.valueOf(l.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
        return new Quote.Priced(priced, total, currencies.iterator().next(), shortLines(lines, answers));
    }

    private static List<ShortLine> shortLines(List<ReservationLine> lines, Map<String, CatalogAnswer> answers) {
        Map<String, Integer> wanted = lines.stream()
                .collect(Collectors.toMap(ReservationLine::sku, ReservationLine::quantity, Integer::sum, LinkedHashMap::new));
        List<ShortLine> shortLines = new ArrayList<>();
        wanted.forEach((sku, quantity) -> {
            int available = ((CatalogAnswer.Found) answers.get(sku)).product().available();
            if (available < quantity) {
                shortLines.add(new ShortLine(sku, quantity, Math.max(0, available)));
            }
        });
        return shortLines;
    }
}
