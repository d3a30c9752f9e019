/**
 * Throughput and memory benchmark of sealing and opening documents, run by bench/run-bench.sh
 * (never by {@code mvn verify}: surefire excludes this package).
 */
package icc.platform.crypto.bench;
