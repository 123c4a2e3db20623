#!/usr/bin/env bash
# Runs JMH benchmarks from src/test/java/io/gatehouse/bench against the compiled project.
# Usage: src/bench/jmh.sh [benchmark regex] [extra JMH args...]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.openjdk.jmh.Main "${@:-.*Benchmark}"
