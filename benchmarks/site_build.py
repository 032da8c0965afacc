"""`make bench-site`: how long `crpv-graph site` takes, on the real data and the synthetic graphs.

For each dataset (the real one, then the synthetic graphs of ``generate.py``) the dataset is
compiled first without SHACL (the baseline, measured in the same run; the synthetic graphs do
not pass the shapes, and ``run.py`` compiles them so too), then the site is built
twice into a scratch directory, in a process of its own each time; the faster of the two is
kept. Reported: pages written, seconds, pages per second, bytes, and the build as a multiple of
the compile. The section "Static website" of ``benchmarks/results.md`` is replaced (``run.py``
keeps it when it rewrites the rest of the file).

    python benchmarks/site_build.py                    # real data and 100k triples
    python benchmarks/site_build.py --sizes 100000,1000000
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.run import dataset_for, machine  # noqa: E402

BEGIN, END = "<!-- site:begin -->", "<!-- site:end -->"
# Run in a fresh interpreter, so that each measure pays its own imports, as a user's command does.
STEP = """
import json, sys, time
from pathlib import Path
from crpv_graph.store import compiled, dataset
data, ontology, cache, out = (Path(argument) for argument in sys.argv[1:5])
start = time.perf_counter()
if sys.argv[5] == "compile":
    loaded = dataset.load(data, ontology)
    compiled.write_dataset(loaded, compiled.Inputs.read(data, ontology), cache)
    print(json.dumps({"seconds": time.perf_counter() - start}))
else:
    from crpv_graph.site.build import build_site
    build_site(compiled.open_compiled(cache), out, "fr")
    print(json.dumps({"seconds": time.perf_counter() - start}))
"""


def _step(data: Path, ontology: Path, cache: Path, out: Path, step: str) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-c", STEP, str(data), str(ontology), str(cache),
                           str(out), step], capture_output=True, text=True, check=True,
                          cwd=ROOT)  # fmt: skip
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def measure(name: str, data: Path, ontology: Path, scratch: Path) -> dict[str, Any]:
    """Compile (the baseline), then build the site twice; the faster build counts."""
    cache = scratch / f"cache-{name}"
    subprocess.run(["rm", "-rf", str(cache)], check=True)
    compile_seconds = _step(data, ontology, cache, scratch / "unused", "compile")["seconds"]
    builds = []
    for attempt in range(2):
        out = scratch / f"site-{name}-{attempt}"
        builds.append(_step(data, ontology, cache, out, "site")["seconds"])
    out = scratch / f"site-{name}-0"
    pages = sum(1 for _ in out.rglob("*.html"))
    size = sum(path.stat().st_size for path in out.rglob("*") if path.is_file())
    best = min(builds)
    return {"name": name, "compile_s": compile_seconds, "site_s": best, "pages": pages,
            "bytes": size, "pages_per_s": pages / best}  # fmt: skip


def section(results: list[dict[str, Any]], when: str) -> str:
    lines = [BEGIN, "## Static website (`crpv-graph site`)", "",
             f"Machine: {machine()}. Run: {when}. Each build runs in a process of its own on a "
             "compiled dataset; the baseline, measured in the same run, is the compile "
             "(load, rules, canonical N-Quads; not SHACL, which the synthetic graphs do not "
             "pass, as in `run.py`); the faster of two builds counts.", "",
             "| dataset | compile (baseline) | site build | vs compile | pages | pages/s | size |",
             "| --- | --- | --- | --- | --- | --- | --- |"]  # fmt: skip
    for r in results:
        lines.append(f"| {r['name']} | {r['compile_s']:.1f} s | {r['site_s']:.1f} s | "
                     f"{r['site_s'] / r['compile_s']:.2f}x | {r['pages']:,} | "
                     f"{r['pages_per_s']:,.0f} | {r['bytes'] / 2**20:.1f} MiB |")  # fmt: skip
    return "\n".join([*lines, "", END])


def replace_section(text: str, new: str) -> str:
    """``text`` with its site section replaced by ``new`` (appended when it has none).

    >>> replace_section("a\\n" + BEGIN + "\\nold\\n" + END + "\\nb", BEGIN + "new" + END)
    'a\\n<!-- site:begin -->new<!-- site:end -->\\nb'
    """
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        return head + new + rest.split(END, 1)[1]
    return text.rstrip("\n") + "\n\n" + new + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description="crpv-graph static website benchmark")
    parser.add_argument("--sizes", default="100000")
    parser.add_argument("--scratch", type=Path, default=Path("/tmp/crpv-bench"))
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results.md")
    arguments = parser.parse_args()
    arguments.scratch.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(dir=arguments.scratch, prefix="site-"))
    results = [measure("real data", ROOT / "data", ROOT / "crpv_graph" / "ontology", work)]
    for size in (int(s) for s in arguments.sizes.split(",") if s):
        folder = dataset_for(size, arguments.scratch)
        name = f"synthetic {size // 1000:,}k"
        results.append(measure(name, folder / "data", folder / "ontology", work))
        print(results[-1], file=sys.stderr, flush=True)
    text = arguments.out.read_text(encoding="utf-8") if arguments.out.exists() else ""
    new = section(results, time.strftime("%Y-%m-%d %H:%M"))
    arguments.out.write_text(replace_section(text, new), encoding="utf-8")
    print(new)


if __name__ == "__main__":
    main()
