"""Installing a plugin the way pip does: its module plus a dist-info folder whose entry
point names it in the `mmbot` group. Used by the tests and the benchmarks."""

from pathlib import Path


def install_plugin(site: Path, distribution: str, source: str, version: str = "1.0") -> Path:
    """Write module `mmbot_<distribution>` with `source` and its metadata into `site`."""
    module = f"mmbot_{distribution}"
    site.mkdir(parents=True, exist_ok=True)
    (site / f"{module}.py").write_text(source)
    dist = site / f"{module}-{version}.dist-info"
    dist.mkdir(exist_ok=True)
    (dist / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: mmbot-{distribution}\nVersion: {version}\n"
    )
    (dist / "entry_points.txt").write_text(f"[mmbot]\n{distribution} = {module}\n")
    return site
