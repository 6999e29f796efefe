#!/usr/bin/env bash
# Runs every benchmark on this machine, one after the other, and prints the figures quoted in the
# README's "Performance" section. Takes about 15 minutes. Keep the machine otherwise idle.
#   benchmarks/run.sh            all five benchmarks
#   benchmarks/run.sh quick      fewer iterations and rounds, for a smoke test
set -euo pipefail
cd "$(dirname "$0")/.."
quick=${1:-}
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }

echo "== machine"; nproc; grep -m1 'model name' /proc/cpuinfo || true; free -g | head -2; java -version 2>&1 | head -1

./mvnw -B -q install -DskipTests -Dinvoker.skip
(cd benchmarks && ../mvnw -B -q package)
cp="benchmarks/target/gitpod-config-benchmarks-0.1.0-SNAPSHOT.jar:$(cat benchmarks/target/classpath.txt)"
jmh=(java -cp "$cp" org.openjdk.jmh.Main -rf text)
if [ "$quick" = quick ]; then jmh+=(-wi 1 -i 2 -w 2 -r 3); rounds=5; else rounds=20; fi

echo "== 1. throughput: 10,000 files, the check against bare SnakeYAML composition"
"${jmh[@]}" -rff benchmarks/target/throughput.txt ThroughputBenchmark > benchmarks/target/throughput.log
cat benchmarks/target/throughput.txt
# Score is the 4th field from the end ("2593.173 ± 729.198 ms/op").
awk '/gitpodConfigCheck/ {c=$(NF-3)} /snakeYamlCompose/ {s=$(NF-3)} END {if (c && s) printf "check throughput = %.0f%% of bare SnakeYAML (%.0f vs %.0f files/s)\n", 100*s/c, 10000000/c, 10000000/s}' benchmarks/target/throughput.txt

echo "== 1b. the same ratio from paired rounds: check and bare composition alternate in one JVM, so speed drift cancels"
if [ "$quick" = quick ]; then paired=(8 4); else paired=(30 10); fi
java -Xmx1g -cp "$cp" dev.gitpodconfig.bench.PairedThroughput "${paired[@]}" > benchmarks/target/paired.txt
tail -1 benchmarks/target/paired.txt

echo "== 2. end to end: mvn -o -q validate, paired runs"
python3 benchmarks/e2e.py "$rounds"

echo "== 3. scaling: a whole check over 1, 100, 1,000 and 10,000 files on disk"
"${jmh[@]}" -rff benchmarks/target/scaling.txt ScalingBenchmark > benchmarks/target/scaling.log
cat benchmarks/target/scaling.txt

echo "== 4. cold check: one whole check of examples/aws-reference in a fresh JVM, as a clean build runs it"
python3 benchmarks/cold.py "$((rounds * 2))" examples/aws-reference target/gitpod-config-maven-plugin-0.1.0-SNAPSHOT.jar

echo "== 5. the goal's own CPU time on the build's thread, the config as a plain file and as a filtered resource"
python3 benchmarks/goal_cpu.py "$rounds"
