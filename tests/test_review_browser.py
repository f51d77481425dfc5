"""review.html in a real headless browser (Debian's chromium driven by playwright).

Skips only when no chromium binary is installed (``apt-get install -y chromium``). The screenshot
for a person to look at is written to ``outputs/review-screenshot.png`` (or ``$REVIEW_SCREENSHOT``).
"""

from __future__ import annotations

import csv
import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
SPANNED = ("indicators", "supervision", "cppcc_motions", "glossary")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path(CHROMIUM).exists() and shutil.which("chromium") is None,
                       reason=f"no chromium at {CHROMIUM}: apt-get install -y chromium runs this test"),
]


def _rows_with_spans(release: Path) -> int:
    n = 0
    texts = {p.stem: len(p.read_text(encoding="utf-8")) for p in (release / "texts").glob("*.txt")}
    for table in SPANNED:
        with (release / "data" / f"{table}.csv").open(encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                start, end = int(r["clean_start"] or -1), int(r["clean_end"] or -1)
                n += 0 <= start <= end <= texts[r["doc_id"]]
    return n


def test_review_page_in_a_headless_browser(seed_release: Path):
    from playwright.sync_api import sync_playwright

    release = (seed_release / "latest").resolve()
    page_path = release / "review.html"
    shot = Path(os.environ.get("REVIEW_SCREENSHOT", ROOT / "outputs" / "review-screenshot.png"))
    shot.parent.mkdir(parents=True, exist_ok=True)
    expected = _rows_with_spans(release)
    assert expected > 200  # the seed has a few hundred grounded rows: the count below is not trivially 0
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=shutil.which("chromium") or CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        problems: list[str] = []
        requests: list[str] = []
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: problems.append(str(e)))
        page.on("request", lambda r: requests.append(r.url) if not r.url.startswith("file:") else None)
        page.goto(page_path.as_uri())
        page.wait_for_load_state("load")
        starts = page.locator(".hl-start").count()
        distinct = page.evaluate("new Set([...document.querySelectorAll('.hl')].map(e => e.dataset.r)).size")
        # clicking a highlight shows that row's fields in the side panel
        first = page.locator(".hl-start.t-indicators").first
        first.scroll_into_view_if_needed()
        first.click()
        panel = page.locator("#panel")
        panel_text = panel.inner_text()
        index = int(first.get_attribute("data-r"))
        fact_id = page.evaluate(f"JSON.parse(document.getElementById('rows').textContent)[{index}].f.fact_id")
        page.screenshot(path=str(shot), full_page=False)
        browser.close()
    assert problems == []
    assert requests == []
    assert starts == expected
    assert distinct == expected
    assert fact_id in panel_text
    assert shot.stat().st_size > 10_000
