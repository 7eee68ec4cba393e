package com.shop.order.catalog;

import com.shop.kafka.events.OrderLine;
import com.shop.kafka.events.ShortLine;
import com.shop.routes.rest.FieldProblem;

import java.math.BigDecimal;
import java.util.List;

/** What the catalogue makes of an order's lines. */
public sealed interface Quote {

    /** Every line priced; {@code shortLines} are those the catalogue cannot supply right now (a hint, not a reservation). */
    record Priced(List<OrderLine> lines, BigDecimal total, String currency, List<ShortLine> shortLines) implements Quote {
        public Priced {
            lines = List.copyOf(lines);
            shortLines = List.copyOf(shortLines);
        }
    }

    /** The order cannot be priced as it is: unknown or withdrawn products, or products in different currencies. */
    record Refused(List<FieldProblem> problems) implements Quote {
        public Refused {
            problems = List.copyOf(problems);
        }

        public String summary() {
            return String.join("; ", problems.stream().map(FieldProblem::message).toList());
        }
    }

    /** The catalogue could not be asked; try again later. */
    record Unavailable(String reason) implements Quote {
    }
}
