#!/usr/bin/env python3
"""Where a JFR recording's time went: CPU samples by method (self) and by the first newsdesk
frame on the stack, and the time threads spent blocked in file syncs, socket I/O, locks and parks.
usage: bench/jfr_summary.py RECORDING.jfr [top=12]"""
import collections
import json
import subprocess
import sys


def events(recording, names):
    out = subprocess.run(
        ["jfr", "print", "--json", "--stack-depth", "64", "--events", ",".join(names), recording],
        check=True, capture_output=True, text=True).stdout
    return json.loads(out)["recording"]["events"]


def frame_name(frame):
    m = frame["method"]
    return m["type"]["name"].replace("/", ".") + "." + m["name"]


JDK = ("java.", "javax.", "jdk.", "sun.", "com.sun.")


def seconds(duration):
    # JFR JSON durations look like "PT0.0123S"
    d = duration[2:-1] if duration.startswith("PT") else "0"
    total = 0.0
    for unit, factor in (("H", 3600), ("M", 60)):
        if unit in d:
            n, d = d.split(unit, 1)
            total += float(n) * factor
    return total + (float(d) if d else 0.0)


def main():
    recording = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 12
    samples = events(recording, ["jdk.ExecutionSample"])
    times = [e["values"]["startTime"] for e in samples]
    send = span(times)
    by_self = collections.Counter()
    by_ours = collections.Counter()
    by_library = collections.Counter()
    for e in samples:
        frames = e["values"]["stackTrace"]["frames"] if e["values"].get("stackTrace") else []
        if not frames:
            continue
        by_self[frame_name(frames[0])] += 1
        names = [frame_name(f) for f in frames]
        by_ours[next((f for f in names if f.startswith("org.newsdesk")), "(no newsdesk frame)")] += 1
        by_library[next((f for f in names if not f.startswith(JDK)), "(JDK only)")] += 1
    n = max(1, len(samples))
    print(f"CPU samples: {len(samples)}")
    print("  by method (self):")
    for name, c in by_self.most_common(top):
        print(f"    {100.0 * c / n:5.1f} %  {name}")
    print("  by the first frame outside the JDK:")
    for name, c in by_library.most_common(top):
        print(f"    {100.0 * c / n:5.1f} %  {name}")
    print("  by the first newsdesk frame on the stack:")
    for name, c in by_ours.most_common(top):
        print(f"    {100.0 * c / n:5.1f} %  {name}")
    blocked = ["jdk.FileForce", "jdk.FileWrite", "jdk.FileRead", "jdk.SocketRead", "jdk.SocketWrite", "jdk.JavaMonitorEnter", "jdk.ThreadPark"]
    print(f"time the sending threads spent blocked (idle pool threads left out; the send took {send:.1f} s):")
    for name in blocked:
        try:
            evs = events(recording, [name])
        except subprocess.CalledProcessError:
            continue
        sending = [e for e in evs if busy(e)]
        total = sum(seconds(e["values"].get("duration", "PT0S")) for e in sending)
        print(f"    {name:22s} {len(sending):7d} events  {total:8.2f} s")


def span(times):
    """Seconds between the first and the last ISO timestamp."""
    import datetime
    if not times:
        return 0.0
    parse = lambda t: datetime.datetime.fromisoformat(t.replace("Z", "+00:00")[:26] + t[-6:] if "+" in t[19:] else t.replace("Z", "+00:00"))
    try:
        return (parse(max(times)) - parse(min(times))).total_seconds()
    except ValueError:
        return 0.0


def busy(event):
    """A thread blocked in the work: its stack holds a newsdesk or mail frame, not only a pool's wait."""
    trace = event["values"].get("stackTrace")
    if not trace:
        return False
    names = [frame_name(f) for f in trace["frames"]]
    return any(n.startswith(("org.newsdesk", "org.eclipse.angus", "org.h2", "org.postgresql")) for n in names)


if __name__ == "__main__":
    main()
