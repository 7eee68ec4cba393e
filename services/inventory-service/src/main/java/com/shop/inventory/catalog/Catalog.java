package com.shop.inventory.catalog;

import com.shop.routes.rest.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue's rules: unique skus, stock changes only through adjustments, no deleting a product orders refer to. */
@Service
public class Catalog {

    private final ProductStore products;

    public Catalog(ProductStore products) {
        this.products = products;
    }

    @Transactional
    public Product create(NewProduct product) {
        if (!products.insert(product)) {
            throw ProblemException.conflict("A product with sku " + product.sku() + " already exists");
        }
        return get(product.sku());
    }

    public Product get(String sku) {
        return products.find(sku).orElseThrow(() -> notFound(sku));
    }

    @Transactional
    public Product update(String sku, ProductChanges changes) {
        if (!products.update(sku, changes)) {
            throw notFound(sku);
        }
        return get(sku);
    }

    @Transactional
    public void delete(String sku) {
        if (!products.deleteNeverOrdered(sku)) {
            get(sku);
            throw ProblemException.conflict("Product " + sku + " has been ordered, and its orders may still give units back,"
                    + " so it cannot be deleted; deactivate it instead (PUT /products/" + sku + " with \"active\": false),"
                    + " which stops it from being ordered");
        }
    }

    public ProductPage list(String query, String category, int page, int size) {
        return products.page(query, category, page, size);
    }

    public Availability availability(String sku) {
        Product p = get(sku);
        return new Availability(p.sku(), p.active(), p.active() ? p.available() : 0, p.stockOnHand(), p.reserved());
    }

    static ProblemException notFound(String sku) {
        return ProblemException.notFound("No product with sku " + sku);
    }
}
