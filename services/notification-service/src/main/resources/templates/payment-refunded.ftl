Refund for your order ${body.orderId}
${body.amount} ${body.currency} for order ${body.orderId} are refunded.

Hello ${body.name},

we refunded ${body.amount} ${body.currency} for your order ${body.orderId}. Depending on your bank, it shows on your
statement within a few days.

Your shop team
