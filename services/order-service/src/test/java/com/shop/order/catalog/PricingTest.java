package com.shop.order.catalog;

import com.shop.kafka.events.OrderLine;
import com.shop.kafka.events.ReservationLine;
import com.shop.kafka.events.ShortLine;
import com.shop.routes.rest.FieldProblem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PricingTest {

    @Test
    void everyLineIsPricedAtTheCataloguePriceAndTotalled() {
        Quote quote = Pricing.quote(List.of(new ReservationLine("LAMP", 2), new ReservationLine("MUG", 3)),
                Map.of("LAMP", found("LAMP", "12.50", "EUR", 10), "MUG", found("MUG", "3.20", "EUR", 10)));
        Quote.Priced priced = (Quote.Priced) quote;
        assertThat(priced.lines()).containsExactly(new OrderLine("LAMP", 2, new BigDecimal("12.50")),
                new OrderLine("MUG", 3, new BigDecimal("3.20")));
        assertThat(priced.total()).isEqualByComparingTo("34.60");
        assertThat(priced.currency()).isEqualTo("EUR");
        assertThat(priced.shortLines()).isEmpty();
    }

    @Test
    void linesOfTheSameSkuAreAddedUpAgainstWhatIsAvailable() {
        Quote.Priced priced = (Quote.Priced) Pricing.quote(List.of(new ReservationLine("LAMP", 2), new ReservationLine("LAMP", 2)),
                Map.of("LAMP", found("LAMP", "1.00", "EUR", 3)));
        assertThat(priced.shortLines()).containsExactly(new ShortLine("LAMP", 4, 3));
    }

    @Test
    void unknownAndWithdrawnProductsAreNamedByTheirLine() {
        Quote quote = Pricing.quote(List.of(new ReservationLine("LAMP", 1), new ReservationLine("GONE", 1), new ReservationLine("OLD", 1)),
                Map.of("LAMP", found("LAMP", "1.00", "EUR", 3), "GONE", new CatalogAnswer.Unknown("GONE"),
                        "OLD", new CatalogAnswer.Found(new CatalogProduct("OLD", BigDecimal.ONE, "EUR", false, 5))));
        assertThat(((Quote.Refused) quote).problems()).containsExactly(
                new FieldProblem("lines[1].sku", "no product with sku GONE"),
                new FieldProblem("lines[2].sku", "product OLD is not for sale"));
    }

    @Test
    void productsInDifferentCurrenciesCannotShareAnOrder() {
        Quote quote = Pricing.quote(List.of(new ReservationLine("A", 1), new ReservationLine("B", 1)),
                Map.of("A", found("A", "1.00", "EUR", 3), "B", found("B", "1.00", "USD", 3)));
        assertThat(((Quote.Refused) quote).summary()).contains("different currencies (EUR, USD)");
    }

    @Test
    void anyUnansweredLookUpMakesTheWholeQuoteUnavailable() {
        Quote quote = Pricing.quote(List.of(new ReservationLine("A", 1), new ReservationLine("B", 1)),
                Map.of("A", found("A", "1.00", "EUR", 3), "B", new CatalogAnswer.Unavailable("the catalogue did not answer")));
        assertThat(quote).isEqualTo(new Quote.Unavailable("the catalogue did not answer"));
    }

    private static CatalogAnswer found(String sku, String price, String currency, int available) {
        return new CatalogAnswer.Found(new CatalogProduct(sku, new BigDecimal(price), currency, true, available));
    }
}
