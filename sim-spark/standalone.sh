#!/usr/bin/env bash
# Starts a standalone Spark cluster on 127.0.0.1 from the jars the build put in sim-spark/target (no Spark download):
# a master on port 7077 and WORKERS workers of CORES cores and MEMORY each, logs and work folders under DIR.
# Usage (from the repository root, after mvn -pl sim-spark -am package -DskipTests):
#   sim-spark/standalone.sh start DIR [WORKERS] [CORES] [MEMORY]    e.g. start /tmp/spark 2 1 3g
#   sim-spark/standalone.sh stop DIR
# Then submit with: java -Dspark.executor.extraClassPath="$(sim-spark/standalone.sh classpath)" \
#   -jar sim-spark/target/ripple-spark.jar SCENARIO ... --master spark://127.0.0.1:7077
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cp="$here/target/ripple-spark.jar:$here/target/lib/*"
cmd="${1:-}"
if [ "$cmd" = classpath ]; then
  echo "$cp"
  exit 0
fi
dir="${2:?usage: standalone.sh start|stop DIR [WORKERS] [CORES] [MEMORY]}"
if [ "$cmd" = stop ]; then
  for f in "$dir"/*.pid; do
    [ -f "$f" ] || continue
    pid="$(cat "$f")"
    pkill -P "$pid" 2>/dev/null || true # the worker's executors
    kill "$pid" 2>/dev/null || true
    rm -f "$f"
  done
  exit 0
fi
[ "$cmd" = start ] || { echo "usage: standalone.sh start|stop DIR [WORKERS] [CORES] [MEMORY]" >&2; exit 2; }
workers="${3:-1}"
cores="${4:-1}"
memory="${5:-2g}"
# the module options Spark 4 needs on Java 17: those of ripple-spark.jar's manifest
opens=()
for p in $(unzip -p "$here/target/ripple-spark.jar" META-INF/MANIFEST.MF | tr -d '\r' \
    | awk '/^Add-Opens:/{f=1; sub(/^Add-Opens: /,""); print; next} f&&/^ /{sub(/^ /,""); print; next} {f=0}' \
    | tr -d '\n'); do
  opens+=("--add-opens=$p=ALL-UNNAMED")
done
mkdir -p "$dir/home/jars" # an empty Spark home: executors get their class path from spark.executor.extraClassPath
export SPARK_HOME="$dir/home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1
unset SPARK_CONF_DIR
log4j=-Dlog4j2.configurationFile=classpath:org/apache/spark/log4j2-defaults.properties
java "${opens[@]}" "$log4j" -Xmx512m -cp "$cp" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 7077 \
  --webui-port 8080 >"$dir/master.log" 2>&1 &
echo $! >"$dir/master.pid"
for ((w = 1; w <= workers; w++)); do
  mkdir -p "$dir/work$w"
  java "${opens[@]}" "$log4j" -Xmx512m -cp "$cp" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 \
    --cores "$cores" --memory "$memory" --work-dir "$dir/work$w" --webui-port $((8080 + w)) spark://127.0.0.1:7077 \
    >"$dir/worker$w.log" 2>&1 &
  echo $! >"$dir/worker$w.pid"
done
for _ in $(seq 1 240); do
  alive="$( (curl -s http://127.0.0.1:8080/json/ 2>/dev/null || true) | tr -d ' \n' \
    | sed -n 's/.*"aliveworkers":\([0-9]*\).*/\1/p')"
  if [ "${alive:-0}" -ge "$workers" ]; then
    echo "spark://127.0.0.1:7077: $alive workers of $cores cores and $memory"
    exit 0
  fi
  sleep 0.5
done
echo "standalone.sh: the workers did not register within 2 minutes; see $dir/*.log" >&2
exit 1
