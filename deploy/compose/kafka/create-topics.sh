#!/usr/bin/env bash
# Run by the kafka-topics service of compose.yaml: creates each topic of GUILDHALL_TOPICS once (--if-not-exists)
# on the single broker, then lists them. Dead-letter topics keep 14 days, the published language 30 days
# (consumers that start late, or rebuild a read model, read from the beginning of what is kept).
set -euo pipefail
bootstrap=kafka:9092
for topic in ${GUILDHALL_TOPICS:?no topics given}; do
  case "$topic" in
    *.dlq.*) retention_ms=1209600000 ;;
    *) retention_ms=2592000000 ;;
  esac
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$bootstrap" --create --if-not-exists \
    --topic "$topic" --partitions "${GUILDHALL_TOPIC_PARTITIONS:-3}" --replication-factor 1 \
    --config retention.ms="$retention_ms"
done
/opt/kafka/bin/kafka-topics.sh --bootstrap-server "$bootstrap" --list
