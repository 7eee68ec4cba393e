package com.shop.platform.launcher;

/** The text of {@code ./platform help}. */
final class Usage {

    static final String TEXT = """
            ./platform: the whole shop on this machine, with nothing installed but a JDK.

            commands
              up [--fresh] [--kafka host:port] [--postgres host:port] [--partitions n] [--replicas n]
                       build what is missing, start Kafka (9092) and PostgreSQL (15432) with their data
                       under .platform/data, create the topics and each service's database, start every
                       built service as its own process, and run until Ctrl-C or ./platform down
                 --fresh        wipe .platform/data first (all topics, records and databases)
                 --kafka        use this Kafka (bootstrap servers) instead of starting one
                 --postgres     use this PostgreSQL instead of starting one
                 --partitions   partitions of each topic created (default 6)
                 --replicas     instances of each service but the gateway (1-9, default 1): instance k
                                is <service>-k on the service's port + 100*(k-1), e.g. inventory-service
                                8083, inventory-service-2 8183, inventory-service-3 8283; the instances
                                share their consumer groups, so Kafka spreads the partitions over them, and
                                the gateway balances over all of them, and order-service over the
                                inventory-service instances for prices
              down     stop the running platform: services, then Kafka, then PostgreSQL
              status   whether a platform runs, and which of Kafka, PostgreSQL and the service instances
                       answer (exit code 0 when a platform runs, 3 when none does)
              stop <instance>
                       stop one instance of the running platform (SIGTERM), e.g. ./platform stop
                       inventory-service-2, to watch the others and the gateway carry on without it
              start <instance>
                       ask the running platform to start a stopped instance again, with its port and
                       environment, and wait until it is ready
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
              PLATFORM_REPLICAS           like --replicas
              POSTGRES_PORT               embedded PostgreSQL's port (default 15432)
              <SERVICE>_PORT              a service's port, e.g. INVENTORY_SERVICE_PORT (default 8080-8085),
                                          the first instance's; instance k adds 100*(k-1)
              PAYMENT_SANDBOX_PORT        the payment provider sandbox's port (default 8090)
            """;

    private Usage() {
    }
}
