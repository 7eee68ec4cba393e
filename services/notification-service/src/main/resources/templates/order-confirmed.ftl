Your order ${body.orderId} is confirmed
Order ${body.orderId} is confirmed: ${body.total} ${body.currency}.

Hello ${body.name},

thank you for your order ${body.orderId}. It is confirmed and on its way to being packed.

<#list body.lines as line>
${line.quantity} x ${line.sku} at ${line.unitPrice} ${body.currency} = ${line.lineTotal} ${body.currency}
</#list>

Total: ${body.total} ${body.currency}

Your shop team
