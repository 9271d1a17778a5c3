"""tryggsti's speed and memory figures; ends with one JSON line. Not a test: it only reports.

    uv run python benchmarks/run.py [--quick]

Targets on the reference machine: KDF 0.25-0.8 s, time beyond the KDF <= 150 ms, save
median <= 30 ms, content load <= 50 ms, start-up ratio <= 1.25, screen switch median
<= 50 ms, session peak memory <= 200 MB.
"""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

PASSPHRASE = "benchmark-passord-1"


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def make_vault(folder: Path, log_n: int | None = None) -> tuple[Path, float]:
    """The 10-year vault, written with the real calibrated KDF; returns it and the KDF time."""
    from synthetic import ten_years
    from tryggsti.content.loader import load_library
    from tryggsti.domain.codec import encode_vault
    from tryggsti.vault import kdf
    from tryggsti.vault.vault import Vault

    topics = [topic.id for topic in load_library().topics_in_order()]
    path = folder / "ti-aar.vault"
    vault, _ = Vault.create(path, PASSPHRASE, encode_vault(ten_years(topics)), log_n=log_n)
    vault.close()
    params = vault.header["slots"][0]["kdf"]
    started = time.perf_counter()
    kdf.derive_from_params(PASSPHRASE.encode(), params)
    return path, time.perf_counter() - started


def vault_figures(path: Path, kdf_s: float) -> dict[str, float]:
    from tryggsti.services.session import VaultSession

    started = time.perf_counter()
    session = VaultSession.unlock(path, PASSPHRASE)
    unlock_s = time.perf_counter() - started
    saves = []
    for n in range(21):
        session.data.checkins[-1].note = f"endret {n}"
        started = time.perf_counter()
        session.save()
        saves.append(time.perf_counter() - started)
    session.close()
    return {
        "kdf_s": kdf_s,
        "unlock_s": unlock_s,
        "beyond_kdf_s": max(unlock_s - kdf_s, 0.0),
        "save_median_s": statistics.median(saves),
        "vault_bytes": path.stat().st_size,
        "peak_rss_mb": _peak_rss_mb(),
    }


def content_figures() -> dict[str, float]:
    code = (
        "import time; t=time.perf_counter();"
        "from tryggsti.content.loader import load_library; load_library();"
        "print(time.perf_counter()-t)"
    )
    runs = [float(subprocess.check_output([sys.executable, "-c", code])) for _ in range(5)]
    return {"content_load_s": statistics.median(runs)}


def app_figures(path: Path) -> dict[str, float]:
    from startup import startup_figures

    figures = startup_figures(vault=path)
    session = subprocess.run(
        [sys.executable, str(HERE / "session.py"), str(path), PASSPHRASE],
        capture_output=True,
        text=True,
        check=False,
    )
    if session.returncode == 0:
        figures.update(json.loads(session.stdout.strip().splitlines()[-1]))
    else:
        print(session.stderr, file=sys.stderr)
    return figures


LABELS: dict[str, Callable[[float], str]] = {
    "kdf_s": lambda v: f"Nøkkelutledning (Argon2id, 64 MiB): {v * 1000:.0f} ms",
    "unlock_s": lambda v: f"Opplåsing i alt: {v * 1000:.0f} ms",
    "beyond_kdf_s": lambda v: f"Opplåsing utover nøkkelutledningen: {v * 1000:.0f} ms",
    "save_median_s": lambda v: f"Lagring, median med fsync: {v * 1000:.1f} ms",
    "vault_bytes": lambda v: f"Hvelvets størrelse: {v / 1024:.0f} kB",
    "peak_rss_mb": lambda v: f"Største minnebruk (hvelv): {v:.0f} MB",
    "content_load_s": lambda v: f"Lasting av alt innhold: {v * 1000:.1f} ms",
    "startup_ratio": lambda v: f"Oppstart mot en tom Textual-app: {v:.2f} ganger",
    "screen_switch_median_s": lambda v: f"Bytte skjerm, median: {v * 1000:.1f} ms",
    "screen_switch_max_s": lambda v: f"Bytte skjerm, tregeste: {v * 1000:.1f} ms",
    "session_peak_rss_mb": lambda v: f"Største minnebruk (appøkt): {v:.0f} MB",
}


def main() -> None:
    quick = "--quick" in sys.argv
    figures: dict[str, float | None] = {}
    with tempfile.TemporaryDirectory() as folder:
        path, kdf_s = make_vault(Path(folder), log_n=4 if quick else None)
        figures.update(vault_figures(path, kdf_s))
        figures.update(content_figures())
        if not quick:
            figures.update(app_figures(path))
    for key, value in figures.items():
        if key in LABELS and value is not None:
            print(LABELS[key](value))
    print(json.dumps({k: round(v, 4) if isinstance(v, float) else v for k, v in figures.items()}))


if __name__ == "__main__":
    main()
