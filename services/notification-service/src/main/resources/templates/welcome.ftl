Welcome to the shop, ${body.name}
Welcome to the shop, ${body.name}!

Hello ${body.name},

your account is ready. You can now browse the catalogue, place orders and follow them until they reach you.

Your shop team
