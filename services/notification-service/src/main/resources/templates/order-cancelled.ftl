Your order ${body.orderId} was cancelled
Order ${body.orderId} was cancelled: ${body.reason}.

Hello ${body.name},

your order ${body.orderId} was cancelled: ${body.reason}.
<#if body.refunded>
The payment taken for it is refunded.
<#else>
Nothing was charged for it.
</#if>

Your shop team
