package com.shop.platform.launcher;

/** The text of {@code ./platform help}. */
final class Usage {

    static final String TEXT = """
            ./platform: the whole shop on this machine, with nothing installed but a JDK.

            commands
              up [--fresh] [--kafka host:port] [--postgres host:port] [--partitions n]
                       build what is missing, start Kafka (9092) and PostgreSQL (15432) with their data
                       under .platform/data, create the topics and each service's database, start every
                       built service as its own process, and run until Ctrl-C or ./platform down
                 --fresh        wipe .platform/data first (all topics, records and databases)
                 --kafka        use this Kafka (bootstrap servers) instead of starting one
                 --postgres     use this PostgreSQL instead of starting one
                 --partitions   partitions of each topic created (default 6)
              down     stop the running platform: services, then Kafka, then PostgreSQL
              status   whether a platform runs, and which of Kafka, PostgreSQL and the services answer
                       (exit code 0 when a platform runs, 3 when none does)
              help     this text

            environment (a flag wins over its variable)
              PLATFORM_HOME               state folder (default <repository>/.platform)
              PLATFORM_KAFKA              bootstrap servers of your own Kafka (like --kafka)
              PLATFORM_POSTGRES_HOST      host of your own PostgreSQL (like --postgres)
              PLATFORM_POSTGRES_PORT      its port (default 5432)
              PLATFORM_POSTGRES_USER      its user (default postgres)
              PLATFORM_POSTGRES_PASSWORD  its password (default postgres)
              KAFKA_PORT                  embedded Kafka's port (default 9092)
              KAFKA_CONTROLLER_PORT       embedded Kafka's controller port (default 9093)
              KAFKA_PARTITIONS            like --partitions
              POSTGRES_PORT               embedded PostgreSQL's port (default 15432)
              <SERVICE>_PORT              a service's port, e.g. INVENTORY_SERVICE_PORT (default 8080-8085)
              PAYMENT_SANDBOX_PORT        the payment provider sandbox's port (default 8090)
            """;

    private Usage() {
    }
}
