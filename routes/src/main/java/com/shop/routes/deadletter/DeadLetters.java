package com.shop.routes.deadletter;

import com.shop.kafka.KafkaConnection;
import com.shop.kafka.Topic;
import com.shop.routes.rest.ProblemException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

/**
 * Lets operators read the dead letters this service wrote for a topic and send them back to the topic they came from.
 * A replayed record keeps its key, value and original headers (so idempotent consumers still recognise it); the
 * replay of all records resumes after the last one replayed, so each is replayed once.
 */
public class DeadLetters {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration READ_LIMIT = Duration.ofSeconds(10);

    private final KafkaConnection connection;
    private final String serviceName;
    private final String replayGroup;

    public DeadLetters(KafkaConnection connection, String serviceName) {
        this.connection = connection;
        this.serviceName = serviceName;
        this.replayGroup = serviceName + "-dead-letter-replay";
    }

    /** Up to {@code limit} dead letters of {@code topicName}, oldest first per partition. */
    public List<DeadLetter> list(String topicName, int limit) {
        String dlt = deadLetterTopic(topicName);
        try (KafkaConsumer<String, String> consumer = consumer(null)) {
            List<TopicPartition> partitions = partitions(consumer, dlt);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            return readToEnd(consumer, consumer.endOffsets(partitions), limit, this::isOwn);
        }
    }

    /** Sends the dead letter at {@code partition}/{@code offset} back to its original topic. */
    public DeadLetter replay(String topicName, int partition, long offset) {
        String dlt = deadLetterTopic(topicName);
        try (KafkaConsumer<String, String> consumer = consumer(null)) {
            TopicPartition tp = new TopicPartition(dlt, partition);
            if (!partitions(consumer, dlt).contains(tp)) {
                throw ProblemException.notFound("No partition " + partition + " on " + dlt);
            }
            consumer.assign(List.of(tp));
            consumer.seek(tp, offset);
            DeadLetter letter = readToEnd(consumer, consumer.endOffsets(List.of(tp)), 1, any -> true).stream()
                    .filter(l -> l.offset() == offset && isOwn(l))
                    .findFirst()
                    .orElseThrow(() -> ProblemException.notFound("No dead letter of " + serviceName + " at " + dlt
                            + " partition " + partition + " offset " + offset));
            publish(List.of(letter));
            return letter;
        }
    }

    /** Sends every dead letter not replayed before back to its original topic; returns them. */
    public List<DeadLetter> replayAll(String topicName) {
        String dlt = deadLetterTopic(topicName);
        try (KafkaConsumer<String, String> consumer = consumer(replayGroup)) {
            List<TopicPartition> partitions = partitions(consumer, dlt);
            consumer.assign(partitions);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new java.util.HashSet<>(partitions));
            for (TopicPartition tp : partitions) {
                OffsetAndMetadata position = committed.get(tp);
                if (position == null) {
                    consumer.seekToBeginning(List.of(tp));
                } else {
                    consumer.seek(tp, position.offset());
                }
            }
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<DeadLetter> letters = readToEnd(consumer, end, Integer.MAX_VALUE, this::isOwn);
            publish(letters);
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            for (TopicPartition tp : partitions) {
                done.put(tp, new OffsetAndMetadata(Math.min(consumer.position(tp), end.get(tp))));
            }
            consumer.commitSync(done);
            return letters;
        }
    }

    private static String deadLetterTopic(String topicName) {
        return Topic.byName(topicName).map(Topic::deadLetterTopic)
                .orElseThrow(() -> ProblemException.notFound("Unknown topic " + topicName));
    }

    /**
     * The dead letters this service wrote: consumers of a topic in other services write theirs to the same dead-letter
     * topic, and list and replay them at their own service.
     */
    private boolean isOwn(DeadLetter letter) {
        String writer = letter.headers().get(DeadLetterHeaders.SERVICE);
        return writer == null || writer.equals(serviceName);
    }

    /** The records before {@code end} that {@code wanted} keeps: those that arrive while reading are left for the next call. */
    private List<DeadLetter> readToEnd(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end, int limit,
                                       Predicate<DeadLetter> wanted) {
        List<DeadLetter> letters = new ArrayList<>();
        long deadline = System.nanoTime() + READ_LIMIT.toNanos();
        while (letters.size() < limit && !reached(consumer, end) && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                if (letters.size() < limit && record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                    DeadLetter letter = toDeadLetter(record);
                    if (wanted.test(letter)) {
                        letters.add(letter);
                    }
                }
            }
        }
        return letters;
    }

    private static boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private void publish(List<DeadLetter> letters) {
        Map<String, Object> config = new HashMap<>(connection.clientProperties());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            for (DeadLetter letter : letters) {
                String target = Optional.ofNullable(letter.headers().get(DeadLetterHeaders.ORIGINAL_TOPIC))
                        .orElseThrow(() -> ProblemException.conflict("Dead letter at offset " + letter.offset() + " does not name its original topic"));
                ProducerRecord<String, String> record = new ProducerRecord<>(target, letter.key(), letter.value());
                letter.headers().forEach((name, value) -> {
                    if (!name.startsWith("dlt_")) {
                        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
                    }
                });
                producer.send(record).get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying dead letters", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka did not take a replayed dead letter", e.getCause());
        }
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, String topic) {
        return consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
    }

    private KafkaConsumer<String, String> consumer(String groupId) {
        Map<String, Object> config = new HashMap<>(connection.clientProperties());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        if (groupId != null) {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        }
        return new KafkaConsumer<>(config);
    }

    private static DeadLetter toDeadLetter(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        return new DeadLetter(record.topic(), record.partition(), record.offset(), record.key(), record.value(), headers);
    }
}
