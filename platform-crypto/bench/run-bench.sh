#!/usr/bin/env bash
# Benchmark of platform-crypto: one command, prints everything docs/benchmarks.md records.
#   platform-crypto/bench/run-bench.sh            (1 GiB throughput, 2 GiB under -Xmx256m)
#   SIZE_MIB=256 HEAP_MIB=512 platform-crypto/bench/run-bench.sh   (quicker)
# Needs ~3x SIZE and ~3x HEAP_MIB of free space in the temp directory (files deleted after).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE_MIB=${SIZE_MIB:-1024}
HEAP_MIB=${HEAP_MIB:-2048}
ROUNDS=${ROUNDS:-3}

mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench.classpath)"

echo "== machine"
echo "cpu: $(lscpu | sed -n 's/^Model name: *//p') ($(nproc) cores), flags: $(grep -o -w -E 'aes|vaes|avx2|avx512f|sha_ni' /proc/cpuinfo | sort -u | tr '\n' ' ')"
echo "memory: $(free -g | awk '/Mem:/ {print $2}') GiB; temp dir: ${TMPDIR:-/tmp}"
java -version 2>&1 | head -1
openssl version

echo "== OpenSSL single core, 64 KiB blocks (MB/s = the last column in kB/s / 1000)"
openssl speed -elapsed -seconds 3 -bytes 65536 -evp aes-256-gcm 2>/dev/null | tail -1
openssl speed -elapsed -seconds 3 -bytes 65536 -evp sha256 2>/dev/null | tail -1

echo "== platform-crypto, ${SIZE_MIB} MiB file on disk, default heap"
java -cp "$CP" icc.platform.crypto.bench.SealBenchmark "$SIZE_MIB" "$ROUNDS"

echo "== platform-crypto, ${HEAP_MIB} MiB file on disk, -Xmx256m (peak heap must stay flat)"
java -Xmx256m -Xlog:gc:file=target/bench-gc.log -cp "$CP" icc.platform.crypto.bench.SealBenchmark "$HEAP_MIB" 1
echo "GC log: target/bench-gc.log; largest heap after any GC: $(grep -o -E '[0-9]+M->[0-9]+M' target/bench-gc.log | sed 's/.*->//; s/M//' | sort -n | tail -1) MiB"
