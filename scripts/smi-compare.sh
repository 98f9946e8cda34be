#!/usr/bin/env bash
# The product's requests on a national SMI against a smaller one, side by side (docs/smi-scale.md): loads both with
# scripts/smi-generate.sh (or reuses loads it made), then times the database side of each request on the two in turns
# (scripts/smi/CompareSizes.java) and prints the table with the ratios, also written to target/smi-compare.md.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
usage() {
    cat <<EOF
Usage: scripts/smi-compare.sh [--small N] [--large N] [--runs R] [--drop]

  --small N   devices in the smaller SMI (default 5000000), database dsp_scale_<N>
  --large N   devices in the larger one (default 50000000), database dsp_scale_<N>
  --runs R    timed runs of each request on each SMI, after 5 to warm up (default 50)
  --drop      drop both databases afterwards (they are otherwise kept, and reused by the next run)

COMPARE_ONLY=text in the environment times only the requests whose name contains it (e.g. "Returns list").
EOF
}
SMALL=5000000 LARGE=50000000 RUNS=50 DROP=""
while [ $# -gt 0 ]; do
    case "$1" in
        --small) SMALL="${2:?--small needs a number}"; shift 2 ;;
        --large) LARGE="${2:?--large needs a number}"; shift 2 ;;
        --runs) RUNS="${2:?--runs needs a number}"; shift 2 ;;
        --drop) DROP=1; shift ;;
        -h | --help) usage; exit 0 ;;
        *) echo "unknown argument: $1" >&2; usage >&2; exit 2 ;;
    esac
done
for n in "$SMALL" "$LARGE" "$RUNS"; do
    [[ "$n" =~ ^[0-9]+$ ]] || { echo "sizes and runs are whole numbers" >&2; exit 2; }
done

# The driver the server itself uses (the build puts it in the server's module), else the same version from Maven.
DRIVER="$ROOT/wildfly-config/target/module-jars/postgresql.jar"
if [ ! -f "$DRIVER" ]; then
    VERSION="$(sed -n 's:.*<postgresql.version>\(.*\)</postgresql.version>.*:\1:p' "$ROOT/pom.xml")"
    mkdir -p "$ROOT/target/smi"
    mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
        -Dartifact="org.postgresql:postgresql:$VERSION" -DoutputDirectory="$ROOT/target/smi"
    DRIVER="$ROOT/target/smi/postgresql-$VERSION.jar"
fi

for n in "$SMALL" "$LARGE"; do
    "$ROOT/scripts/smi-generate.sh" --devices "$n" --database "dsp_scale_$n" --reuse
done
mkdir -p "$ROOT/target"
echo "Timing each request $RUNS times on each SMI, in turns..." >&2
java -cp "$DRIVER" "$ROOT/scripts/smi/CompareSizes.java" "dsp_scale_$SMALL" "dsp_scale_$LARGE" "$RUNS" \
    "$ROOT/target/smi-compare.md"
echo "(also in target/smi-compare.md)" >&2
if [ -n "$DROP" ]; then
    for n in "$SMALL" "$LARGE"; do
        "$ROOT/scripts/smi-generate.sh" --drop --database "dsp_scale_$n"
    done
fi
