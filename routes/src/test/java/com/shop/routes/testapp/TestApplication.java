package com.shop.routes.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A small service built only from the shared building blocks, to test them as a real service uses them. */
@SpringBootApplication
public class TestApplication {
}
