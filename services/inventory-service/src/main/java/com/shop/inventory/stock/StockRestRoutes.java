package com.shop.inventory.stock;

import com.shop.routes.rest.JsonBodies;
import com.shop.routes.rest.RequestParams;
import com.shop.routes.rest.RestPolicy;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Stock adjustments over REST (counts, damage, returns) and the movement history of a product. */
@Component
public class StockRestRoutes extends RouteBuilder {

    private final Stock stock;
    private final JsonBodies json;

    public StockRestRoutes(Stock stock, JsonBodies json) {
        this.stock = stock;
        this.json = json;
    }

    @Override
    public void configure() {
        rest("/products/{sku}/stock").description("Stock on hand")
                .post().description("Adjust stock on hand by a delta, with a reason").type(StockAdjustment.class)
                    .outType(StockLevel.class).to("direct:stock-adjust")
                .get().description("The product's stock movements, newest first").outType(StockMovement[].class)
                    .to("direct:stock-movements");

        from("direct:stock-adjust").routeId("inventory-stock-adjust").routeConfigurationId(RestPolicy.ID)
                .process(json.request(StockAdjustment.class))
                .setBody(e -> stock.adjust(RequestParams.text(e, "sku"), e.getIn().getBody(StockAdjustment.class)))
                .log("adjusted stock of ${body.sku}: ${body.stockOnHand} on hand")
                .process(json.response(200));

        from("direct:stock-movements").routeId("inventory-stock-movements").routeConfigurationId(RestPolicy.ID)
                .setBody(e -> stock.movements(RequestParams.text(e, "sku"), RequestParams.number(e, "limit", 100, 1, 1000)))
                .process(json.response(200));
    }
}
