package com.shop.users.admin;

import com.shop.routes.security.Role;
import jakarta.validation.constraints.NotEmpty;

import java.util.Set;

/** The body of {@code PUT /users/{id}/roles}: every role the account should have from now on. */
public record RoleChange(@NotEmpty Set<Role> roles) {
}
