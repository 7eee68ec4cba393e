package com.shop.users.account;

import java.util.List;

/** One page of the account listing, oldest accounts first. */
public record AccountPage(List<Account> items, int page, int size, long total) {
}
