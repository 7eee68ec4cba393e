package com.shop.inventory.catalog;

import com.shop.routes.rest.JsonBodies;
import com.shop.routes.rest.RequestParams;
import com.shop.routes.rest.RestPolicy;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.rest.RestParamType;
import org.springframework.stereotype.Component;

/** The catalogue over REST: browse, search and read products, and (for admins) create, change and delete them. */
@Component
public class CatalogRestRoutes extends RouteBuilder {

    private final Catalog catalog;
    private final JsonBodies json;

    public CatalogRestRoutes(Catalog catalog, JsonBodies json) {
        this.catalog = catalog;
        this.json = json;
    }

    @Override
    public void configure() {
        rest("/products").description("Product catalogue")
                .get().description("List products, paged, with an optional text search and category")
                    .param().name("q").type(RestParamType.query).required(false).description("Text to search for").endParam()
                    .param().name("category").type(RestParamType.query).required(false).endParam()
                    .param().name("page").type(RestParamType.query).required(false).dataType("integer").endParam()
                    .param().name("size").type(RestParamType.query).required(false).dataType("integer").endParam()
                    .outType(ProductPage.class).to("direct:catalog-list")
                .post().description("Create a product").type(NewProduct.class).outType(Product.class)
                    .to("direct:catalog-create")
                .get("/{sku}").description("Read a product").outType(Product.class).to("direct:catalog-get")
                .put("/{sku}").description("Change a product's details").type(ProductChanges.class).outType(Product.class)
                    .to("direct:catalog-update")
                .delete("/{sku}").description("Delete a product no order has reserved (deactivate one that was ordered)").to("direct:catalog-delete")
                .get("/{sku}/availability").description("Stock available to order now").outType(Availability.class)
                    .to("direct:catalog-availability");

        from("direct:catalog-list").routeId("inventory-catalog-list").routeConfigurationId(RestPolicy.ID)
                .setBody(e -> catalog.list(e.getIn().getHeader("q", String.class), e.getIn().getHeader("category", String.class),
                        RequestParams.number(e, "page", 0, 0, 100_000), RequestParams.number(e, "size", 20, 1, 200)))
                .process(json.response(200));

        from("direct:catalog-create").routeId("inventory-catalog-create").routeConfigurationId(RestPolicy.ID)
                .process(json.request(NewProduct.class))
                .setBody(e -> catalog.create(e.getIn().getBody(NewProduct.class)))
                .setHeader("Location", simple("/products/${body.sku}"))
                .log("created product ${body.sku}")
                .process(json.response(201));

        from("direct:catalog-get").routeId("inventory-catalog-get").routeConfigurationId(RestPolicy.ID)
                .setBody(e -> catalog.get(sku(e)))
                .process(json.response(200));

        from("direct:catalog-update").routeId("inventory-catalog-update").routeConfigurationId(RestPolicy.ID)
                .process(json.request(ProductChanges.class))
                .setBody(e -> catalog.update(sku(e), e.getIn().getBody(ProductChanges.class)))
                .log("updated product ${body.sku}")
                .process(json.response(200));

        from("direct:catalog-delete").routeId("inventory-catalog-delete").routeConfigurationId(RestPolicy.ID)
                .process(e -> catalog.delete(sku(e)))
                .log("deleted product ${header.sku}")
                .setBody(constant(""))
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(204));

        from("direct:catalog-availability").routeId("inventory-catalog-availability").routeConfigurationId(RestPolicy.ID)
                .setBody(e -> catalog.availability(sku(e)))
                .process(json.response(200));
    }

    static String sku(Exchange exchange) {
        return RequestParams.text(exchange, "sku");
    }
}
