-- One database per service (DESIGN.md); each service's Flyway migrations create its schema on start-up.
CREATE DATABASE users;
CREATE DATABASE orders;
CREATE DATABASE inventory;
CREATE DATABASE payments;
CREATE DATABASE notifications;
