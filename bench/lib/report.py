#!/usr/bin/python3
"""Tables for bench/run.

  report.py import-hyperfine JSON SECTION ROUND   hyperfine's runs as result rows (names are "key: label")
  report.py markdown DIR                           the results section from DIR/{results,meta,notes}.tsv
  report.py readme README SECTION_FILE             replace README's <!-- bench:begin --> ... <!-- bench:end -->

A result row: section, key, label, round, seconds, max_rss_kib (tab-separated).
"""
import collections
import json
import statistics
import sys

BEGIN = "<!-- bench:begin -->"
END = "<!-- bench:end -->"


def import_hyperfine(path, section, rnd):
    with open(path) as f:
        data = json.load(f)
    for result in data["results"]:
        key, _, label = result["command"].partition(": ")
        for seconds in result["times"]:
            print("\t".join([section, key, label, rnd, "%.6f" % seconds, "0"]))


class Results:
    def __init__(self, directory):
        self.rows = collections.defaultdict(list)   # (section, key) -> [(round, seconds, rss)]
        self.labels = {}
        self.order = collections.defaultdict(list)  # section -> keys in first-seen order
        with open(directory + "/results.tsv") as f:
            for line in f:
                section, key, label, rnd, seconds, rss = line.rstrip("\n").split("\t")
                if key not in self.order[section]:
                    self.order[section].append(key)
                self.labels[(section, key)] = label
                self.rows[(section, key)].append((int(rnd), float(seconds), int(rss or 0)))
        self.meta = {}
        with open(directory + "/meta.tsv") as f:
            for line in f:
                k, _, v = line.rstrip("\n").partition("\t")
                self.meta[k] = v
        self.notes = collections.defaultdict(list)
        with open(directory + "/notes.tsv") as f:
            for line in f:
                k, _, v = line.rstrip("\n").partition("\t")
                self.notes[k].append(v)

    def has(self, section, key):
        return (section, key) in self.rows

    def times(self, section, key):
        return [s for _, s, _ in self.rows[(section, key)]]

    def median(self, section, key):
        return statistics.median(self.times(section, key))

    def min(self, section, key):
        return min(self.times(section, key))

    def rss(self, section, key):
        values = [r for _, _, r in self.rows[(section, key)] if r]
        return statistics.median(values) if values else None

    def paired(self, section, key, floor):
        """Median over the rounds of this run / the floor's run in the same round (None when not one run a round)."""
        mine, theirs = self.rows[(section, key)], self.rows[(section, floor)]
        a = dict((r, s) for r, s, _ in mine)
        b = dict((r, s) for r, s, _ in theirs)
        if len(a) != len(mine) or len(b) != len(theirs):
            return None
        ratios = [a[r] / b[r] for r in a if r in b]
        return statistics.median(ratios) if ratios else None


def fmt_time(s):
    if s is None:
        return ""
    if s < 0.01:
        return "%.2f ms" % (s * 1000)
    if s < 1:
        return "%.0f ms" % (s * 1000) if s >= 0.1 else "%.1f ms" % (s * 1000)
    return "%.2f s" % s


def fmt_ratio(x):
    return "" if x is None else "%.2fx" % x


def fmt_mib(kib):
    return "" if kib is None else "%.1f MiB" % (kib / 1024)


def n(value):
    return "{:,}".format(int(value))


# Section titles, floors, in the order of bench/run.
SECTIONS = [
    ("sqlite-disk", "SQLite upgrade, {n} versions, database file on disk", "floor"),
    ("sqlite-tmpfs", "SQLite upgrade, {n} versions, database file on tmpfs (/dev/shm)", "floor"),
    ("sqlite-big", "SQLite upgrade, {n_big} versions, database file on disk", "floor"),
    ("mariadb", "MariaDB upgrade, {n} versions", "floor"),
    ("postgres", "PostgreSQL upgrade, {n} versions", "floor"),
    ("startup", "Start-up: the version of an up-to-date SQLite file ({n}-version repository)", "sqlite3"),
    ("sqlite-small", "SQLite upgrade, {n_small} versions, database file on disk (for the scaling table)", "floor"),
    ("autogenerate", "Autogenerate: `revision --autogenerate` on {ag_tables} tables", None),
    ("msbuild", "MSBuild task on {msbuild_scripts} scripts (bench/msbuild/run.sh; per-run figures from -clp:PerformanceSummary)", None),
    ("memory", "Memory: upgrade through a {mem_mib} MiB data script", "floor"),
    ("fleet", "Fleet: {fleet_size} SQLite databases of {fleet_versions} versions, one `upgrade --fleet` run", None),
]


def section_table(res, section, floor):
    """One row a contender; the ratio columns only with a floor, paired and RSS only where measured."""
    keys = res.order[section]
    has_floor = floor in keys
    paired = has_floor and any(res.paired(section, k, floor) is not None for k in keys)
    rss = any(res.rss(section, k) is not None for k in keys)
    head = ["run", "runs", "median", "min"]
    if has_floor:
        head += ["× floor (medians)", "× floor (mins)"] + (["× floor (paired)"] if paired else [])
    if rss:
        head.append("peak RSS (median)")
    out = ["| " + " | ".join(head) + " |", "|:---|" + "---:|" * (len(head) - 1)]
    for key in keys:
        label = res.labels[(section, key)]
        if has_floor and key == floor:
            label = "**" + label + "**"
        cells = [label, str(len(res.times(section, key))), fmt_time(res.median(section, key)),
                 fmt_time(res.min(section, key))]
        if has_floor:
            cells += [fmt_ratio(res.median(section, key) / res.median(section, floor)),
                      fmt_ratio(res.min(section, key) / res.min(section, floor))]
            if paired:
                cells.append(fmt_ratio(res.paired(section, key, floor)))
        if rss:
            cells.append(fmt_mib(res.rss(section, key)))
        out.append("| " + " | ".join(cells) + " |")
    return out


def scaling_table(res, m):
    out = ["| versions | DbSync upgrade (median) | per version | peak RSS | floor (median) | per version | DbSync × floor |",
           "|---:|---:|---:|---:|---:|---:|---:|"]
    for section, count in (("sqlite-small", m["n_small"]), ("sqlite-disk", m["n"]), ("sqlite-big", m["n_big"])):
        if not res.has(section, "dbsync"):
            continue
        d = res.median(section, "dbsync")
        f = res.median(section, "floor") if res.has(section, "floor") else None
        out.append("| %s | %s | %.2f ms | %s | %s | %s | %s |" % (
            n(count), fmt_time(d), d * 1000 / int(count), fmt_mib(res.rss(section, "dbsync")), fmt_time(f),
            "%.2f ms" % (f * 1000 / int(count)) if f else "", fmt_ratio(d / f) if f else ""))
    return out


def targets(res, m):
    """(target, measured, verdict, evidence) rows."""
    rows = []
    main = "native" if res.has("startup", "native") else "fd"
    noop = "noop-" + main
    noop_s = res.median("startup", noop) if res.has("startup", noop) else None

    def ratio_target(section, title, limit, noop_applies=True):
        if not (res.has(section, "dbsync") and res.has(section, "floor")):
            note = "; ".join(res.notes.get(section, [])) or "not measured"
            rows.append((title, "—", "not measured", note))
            return
        r = res.median(section, "dbsync") / res.median(section, "floor")
        rmin = res.min(section, "dbsync") / res.min(section, "floor")
        paired = res.paired(section, "dbsync", "floor")
        gap = res.median(section, "dbsync") - res.median(section, "floor")
        evidence = "DbSync − floor: %s (medians)" % fmt_time(gap) if gap >= 0 else "DbSync faster than the floor by %s" % fmt_time(-gap)
        if noop_s is not None and gap > 0 and noop_applies:
            evidence += "; a no-op `upgrade` (start-up + reading the repository) costs %s" % fmt_time(noop_s)
        verdict = "met" if r <= limit else "**missed**"
        ratios = [x for x in (r, rmin, paired) if x]
        if max(ratios) / min(ratios) > 1.25:
            verdict += " (noisy: the ratios disagree; rerun on a quieter machine)"
        measured = "%s (mins %s, paired %s)" % (fmt_ratio(r), fmt_ratio(rmin), fmt_ratio(paired) or "—")
        rows.append((title, measured, verdict, evidence))

    ratio_target("sqlite-disk", "SQLite, %s versions, disk: ≤ 1.05x the floor" % n(m["n"]), 1.05)
    ratio_target("sqlite-tmpfs", "SQLite, %s versions, tmpfs: ≤ 1.2x the floor" % n(m["n"]), 1.2)
    ratio_target("sqlite-big", "SQLite, %s versions, disk: ≤ 1.05x the floor" % n(m["n_big"]), 1.05, noop_applies=False)
    ratio_target("mariadb", "MariaDB, %s versions: ≤ 1.05x the `mariadb` client" % n(m["n"]), 1.05)
    ratio_target("postgres", "PostgreSQL, %s versions: ≤ 1.1x `psql`" % n(m["n"]), 1.1)

    if res.has("startup", "native"):
        r = res.median("startup", "native") / res.median("startup", "sqlite3")
        rows.append(("Start-up, native tool's `version`: ≤ 3x `sqlite3`", "%s (%s vs %s)" % (
            fmt_ratio(r), fmt_time(res.median("startup", "native")), fmt_time(res.median("startup", "sqlite3"))),
            "met" if r <= 3 else "**missed**",
            "framework-dependent: %s" % fmt_time(res.median("startup", "fd"))))
    elif res.has("startup", "fd"):
        r = res.median("startup", "fd") / res.median("startup", "sqlite3")
        rows.append(("Start-up, native tool's `version`: ≤ 3x `sqlite3`", "no native build yet; framework-dependent %s (%s vs %s)" % (
            fmt_ratio(r), fmt_time(res.median("startup", "fd")), fmt_time(res.median("startup", "sqlite3"))),
            "**missed**", "the package has no linux-x64 (Native AOT) variant yet: .NET runtime start-up and JIT"))

    if res.has("sqlite-disk", "dbsync"):
        rss = res.rss("sqlite-disk", "dbsync")
        base = m.get("rss-version-" + main)
        rows.append(("Peak RSS, %s-version upgrade: < 40 MiB" % n(m["n"]), fmt_mib(rss),
                     "met" if rss < 40 * 1024 else "**missed**",
                     "the same build's `version` alone peaks at %s" % fmt_mib(int(base)) if base else ""))
    if res.has("memory", "dbsync"):
        rss = res.rss("memory", "dbsync")
        script = int(m.get("memory-script-bytes", "0")) / 1024
        rows.append(("Peak RSS, %s MiB data script: < 100 MiB" % m["mem_mib"], fmt_mib(rss),
                     "met" if rss < 100 * 1024 else "**missed**",
                     "%.1fx the script's size; sqlite3 on the same script: %s" % (rss / script, fmt_mib(res.rss("memory", "floor")))
                     if script else ""))
    ag = "dbsync" if res.has("autogenerate", "dbsync") else "dbsync-fd"
    if res.has("autogenerate", ag):
        s = res.median("autogenerate", ag)
        rows.append(("Autogenerate, %s tables: < 1 s" % m["ag_tables"], "%s (%s)" % (fmt_time(s), "native AOT" if ag == "dbsync" else "framework-dependent"),
                     "met" if s < 1 else "**missed**", ""))
    if res.has("msbuild", "uptodate"):
        s = res.median("msbuild", "uptodate")
        rows.append(("MSBuild task up to date, %s scripts: < 20 ms" % n(m["msbuild_scripts"]), fmt_time(s),
                     "met" if s < 0.02 else "**missed**",
                     "the task itself does not run; validating all scripts: %s" % fmt_time(res.median("msbuild", "validate-task"))
                     if res.has("msbuild", "validate-task") else ""))
    if res.has("fleet", "parallel-1") or res.has("fleet", "parallel-4"):
        size = int(m.get("fleet_size", "0"))
        rates = ["%.1f databases/s at --parallel %s (%s for %s)" % (size / res.median("fleet", k), k.split("-")[1], fmt_time(res.median("fleet", k)), n(size))
                 for k in ("parallel-1", "parallel-4") if res.has("fleet", k)]
        rows.append(("A fleet run reports databases per second", "; ".join(rates), "reported",
                     "%s versions each, SQLite files on disk; the rate includes the tool's start-up" % m.get("fleet_versions", "?")))
    return rows


def markdown(directory):
    res = Results(directory)
    m = res.meta
    fmt = {k: n(m[k]) if k in m and m[k].isdigit() else m.get(k, "?") for k in
           ("n", "n_big", "n_small", "ag_tables", "msbuild_scripts", "mem_mib", "fleet_size", "fleet_versions")}
    out = [BEGIN,
           "<!-- Generated by bench/run: rerun it rather than editing this part by hand. -->",
           "",
           "### Results (%s)" % m["date"],
           "",
           "- Machine: %s cores (`nproc`), %s, %s RAM, Linux %s; load average before %s, after %s, 1-minute load "
           "between %s over the rounds; the run took %s." % (
               m["nproc"], m["cpu"], m["memory"], m["kernel"], m["load_before"], m["load_after"],
               " and ".join(m.get("load_rounds", "? ?").split()), m["duration"]),
           "- DbSync: commit %s, packed as %s; %s." % (m["commit"], m["tool_version"], m["tool_variants"]),
           "- Others: %s. SQLite inside DbSync (its bundled libe_sqlite3): %s." % (m["software"], m.get("sqlite_in_dbsync", "?")),
           "- Storage: disk runs on %s; tmpfs runs on %s. SQLite as the clients ship it: `journal_mode=DELETE`, `synchronous=FULL` for everyone." % (
               m.get("disk", "?"), m.get("tmpfs", "?")),
           "- Settings: %s." % m["settings"],
           "- Ratios: *medians* = median ÷ the floor's median; *mins* = best ÷ best; *paired* = the median of the per-round "
           "ratios (each round runs every contender once, back to back, so this one moves least with load from other "
           "processes). Verdicts use the ratio of medians.",
           "",
           "#### Targets (DESIGN.md section 11)",
           "",
           "| target | measured | verdict | measured alongside |",
           "|:---|:---|:---|:---|"]
    for row in targets(res, m):
        out.append("| %s | %s | %s | %s |" % row)
    for section, title, floor in SECTIONS:
        if not res.order.get(section) and not res.notes.get(section):
            continue
        out += ["", "#### " + title.format(**fmt), ""]
        if res.order.get(section):
            out += section_table(res, section, floor)
        if res.notes.get(section):
            if res.order.get(section):
                out.append("")
            out += ["- " + text for text in res.notes[section]]
        if section == "sqlite-small":
            out += ["", "#### Scaling: DbSync upgrade by repository size (SQLite file on disk; %s from the sections above)" % (
                "1,000 and 10,000" if fmt["n"] == "1,000" else "the larger sizes"), ""]
            out += scaling_table(res, m)
    out += ["", END]
    print("\n".join(out))


def readme(path, section_file):
    with open(path) as f:
        text = f.read()
    with open(section_file) as f:
        section = f.read().strip("\n")
    if BEGIN in text and END in text:
        before, rest = text.split(BEGIN, 1)
        _, after = rest.split(END, 1)
        text = before + section + after
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    with open(path, "w") as f:
        f.write(text)


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    {"import-hyperfine": import_hyperfine, "markdown": markdown, "readme": readme}[cmd](*args)
