Receipt for your order ${body.orderId}
We received ${body.amount} ${body.currency} for order ${body.orderId}.

Hello ${body.name},

we received your payment for order ${body.orderId}.

Amount: ${body.amount} ${body.currency}
Payment reference: ${body.reference}

Your shop team
