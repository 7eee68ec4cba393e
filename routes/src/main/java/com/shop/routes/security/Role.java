package com.shop.routes.security;

/** The platform's roles (DESIGN.md): every account is a {@code CUSTOMER}; operators are also {@code ADMIN}. */
public enum Role {
    CUSTOMER,
    ADMIN
}
