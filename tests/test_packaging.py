"""The wheel carries the question bank and the drills, and an installed copy finds them away from the repo."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_ships_the_bank_and_drills(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path / "dist"), str(ROOT)],
        check=True,
        timeout=300,
    )
    (wheel,) = (tmp_path / "dist").glob("mlprep-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    shipped_questions = sorted(p.name for p in (ROOT / "questions").glob("*.yaml"))
    assert sorted(Path(n).name for n in names if n.startswith("mlprep/questions/")) == shipped_questions
    assert any(n.startswith("mlprep/drills/") for n in names)

    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = {**os.environ, "PYTHONPATH": str(site), "MLPREP_HOME": str(tmp_path / "home")}
    result = subprocess.run(
        [sys.executable, "-m", "mlprep", "bank", "validate"],
        cwd=tmp_path,  # away from the repository
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert f"in {len(shipped_questions)} files" in result.stdout
    located = subprocess.run(
        [sys.executable, "-c", "from mlprep.paths import shipped_bank; print(shipped_bank())"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(located.stdout.strip()) == site / "mlprep" / "questions"
