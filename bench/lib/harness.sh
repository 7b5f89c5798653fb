# shellcheck shell=bash
# The measuring harness of bench/run: contenders run interleaved (A B C A B C ...), every run timed and its peak RSS
# taken, one row per run appended to $RESULTS (tab-separated):
#   section  key  label  round  seconds  max_rss_kib
# bench/lib/report.py turns the rows into tables (median, min, ratios to the section's floor).

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }

# meta KEY VALUE: one line of run metadata (machine, versions, settings) for the report.
meta() { printf '%s\t%s\n' "$1" "${2//$'\n'/; }" >> "$META"; }

# note SECTION TEXT: a line the report prints under the section's table (skips, checks, sizes).
note() { printf '%s\t%s\n' "$1" "$2" >> "$NOTES"; }

# The contenders of the section being set up: parallel arrays, in run order.
C_KEYS=(); C_LABELS=(); C_PREPARE=(); C_RUN=(); C_CHECK=(); C_ROUNDS=()

# contender KEY LABEL PREPARE RUN CHECK [ROUNDS]: PREPARE (untimed, e.g. remove the database) and CHECK (untimed,
# e.g. assert the version reached) are shell function names; RUN is the timed function. ROUNDS caps how many of the
# rounds the contender takes part in (the slow Python tools run fewer times).
contender() {
  C_KEYS+=("$1"); C_LABELS+=("$2"); C_PREPARE+=("$3"); C_RUN+=("$4"); C_CHECK+=("$5"); C_ROUNDS+=("${6:-1000000}")
}

clear_contenders() { C_KEYS=(); C_LABELS=(); C_PREPARE=(); C_RUN=(); C_CHECK=(); C_ROUNDS=(); }

# Contenders' RUN functions put "${TIME[@]}" before the measured command: /usr/bin/time writes its peak RSS (KiB).
# shellcheck disable=SC2034
TIME=()

# timed SECTION KEY LABEL ROUND FUNCTION: runs FUNCTION in this shell, timed with bash's microsecond clock (the
# only extra process is /usr/bin/time, the same for every contender), and records the row.
# FUNCTION's output goes to $WORK/logs/SECTION.KEY.log.
timed() {
  local section="$1" key="$2" label="$3" round="$4" fn="$5" start end rss logf="$WORK/logs/$1.$2.log"
  # shellcheck disable=SC2034
  TIME=(/usr/bin/time -f '%M' -o "$WORK/logs/rss")
  rm -f "$WORK/logs/rss"
  start=$EPOCHREALTIME
  if ! "$fn" >"$logf" 2>&1; then
    log "$label failed (round $round); last lines of $logf:"; tail -5 "$logf" >&2
    return 1
  fi
  end=$EPOCHREALTIME
  rss=$(tail -1 "$WORK/logs/rss" 2>/dev/null || echo 0)
  LAST_SECONDS=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }')
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$section" "$key" "$label" "$round" \
    "$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.6f", e - s }')" "$rss" >> "$RESULTS"
}

# run_interleaved SECTION ROUNDS: ROUNDS rounds of every contender declared with `contender`, in declaration order.
# A contender that fails or fails its check is reported and dropped from the later rounds; the run goes on.
run_interleaved() {
  local section="$1" rounds="$2" r i line
  local -a dropped=()
  for ((r = 1; r <= rounds; r++)); do
    line="$section round $r/$rounds:"
    for i in "${!C_KEYS[@]}"; do
      [ "$r" -le "${C_ROUNDS[$i]}" ] || continue
      [ -z "${dropped[$i]:-}" ] || continue
      "${C_PREPARE[$i]}" || { log "${C_LABELS[$i]}: prepare failed"; dropped[i]=1; continue; }
      if ! timed "$section" "${C_KEYS[$i]}" "${C_LABELS[$i]}" "$r" "${C_RUN[$i]}"; then
        note "$section" "${C_LABELS[$i]} FAILED in round $r (see bench/out/work/logs/$section.${C_KEYS[$i]}.log); dropped"
        dropped[i]=1; continue
      fi
      if ! "${C_CHECK[$i]}"; then
        note "$section" "${C_LABELS[$i]} did not reach the expected version in round $r; dropped"
        log "${C_LABELS[$i]}: check failed in round $r"
        sed -i "\$d" "$RESULTS"   # the row just written is not a valid run
        dropped[i]=1; continue
      fi
      line+=" ${C_KEYS[$i]} ${LAST_SECONDS}s"
    done
    log "$line"
    cut -d' ' -f1 /proc/loadavg >> "$WORK/load.txt"
  done
  clear_contenders
}

# hyperfine_rounds SECTION ROUNDS RUNS NAME COMMAND [NAME COMMAND]...: start-up figures. hyperfine (no shell, -N)
# runs each command RUNS times after 2 warm-ups; the whole comparison is repeated ROUNDS times, so the commands
# still alternate at the scale of a round. Every measured run becomes a row (no RSS: 0).
hyperfine_rounds() {
  local section="$1" rounds="$2" runs="$3" r json
  shift 3
  local -a args=()
  while [ "$#" -gt 0 ]; do args+=(-n "$1" "$2"); shift 2; done
  for ((r = 1; r <= rounds; r++)); do
    json="$WORK/logs/$section.hyperfine.$r.json"
    hyperfine -N --warmup 2 --runs "$runs" --style none --export-json "$json" "${args[@]}" \
      >"$WORK/logs/$section.hyperfine.$r.log" 2>&1 || { tail -5 "$WORK/logs/$section.hyperfine.$r.log" >&2; return 1; }
    "$PYTHON" "$BENCH_ROOT/lib/report.py" import-hyperfine "$json" "$section" "$r" >> "$RESULTS"
    log "$section round $r/$rounds done"
    cut -d' ' -f1 /proc/loadavg >> "$WORK/load.txt"
  done
}

# peak_rss_kib COMMAND...: peak RSS of one untimed run (diagnostics).
peak_rss_kib() {
  /usr/bin/time -f '%M' -o "$WORK/logs/rss1" "$@" >/dev/null 2>&1 || true
  tail -1 "$WORK/logs/rss1"
}

# fsyncs COMMAND...: fsync + fdatasync calls of one run, children included (durability check).
fsyncs() {
  strace -f -c -e trace=fsync,fdatasync -o "$WORK/logs/strace" "$@" >/dev/null 2>&1 || true
  awk '$NF == "fsync" || $NF == "fdatasync" { n += $4 } END { print n + 0 }' "$WORK/logs/strace"
}

free_port() {
  "$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}
