Low stock: ${body.product} (${body.sku})
Low stock: ${body.sku} has ${body.available} left.

Stock of ${body.product} (${body.sku}) is low: ${body.available} available, the threshold is ${body.threshold}.
Please restock it.
