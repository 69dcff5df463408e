"""The web review page (``twpolice serve --review``) in headless Chromium: confirm, reject and edit with the keyboard,
add a missed figure by selecting it in the source text; it writes the same corrections file as the CLI; the page is
for loopback clients and this site's own script only."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from browsing import BROWSER_MARKS, chromium, wait_for
from conftest import DOCUMENTS, doc_path
from livesite import LiveServer
from twpolice.review.corrections import corrections_path, read_corrections
from twpolice.review.sheet import SHEET_COLUMNS

pytestmark = BROWSER_MARKS
FILE = doc_path("003").name


def _folder(root: Path) -> Path:
    root.mkdir()
    shutil.copy(DOCUMENTS / FILE, root)
    manifest = (DOCUMENTS / "manifest.toml").read_text(encoding="utf-8")
    entry = next(b for b in manifest.split("[[document]]")[1:] if f'"{FILE}"' in b)
    (root / "manifest.toml").write_text("[[document]]" + entry, encoding="utf-8")
    return root


def twpolice(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "twpolice.cli", *args], capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("review")
    folder = _folder(root / "web")
    store = root / "store"
    assert twpolice("build", "--documents", str(folder), "--store", str(store)).returncode == 0
    with LiveServer(store, workers=1, web_processes=1, review_documents=folder) as srv:
        yield srv, folder, root


def _status(drv) -> str:
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(drv, 20).until(lambda d: d.find_element("id", "status").text.strip())
    text = drv.find_element("id", "status").text
    drv.execute_script("document.getElementById('status').textContent = ''")
    return text


def test_confirm_reject_edit_and_add_in_the_browser_write_what_the_cli_writes(site):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    srv, folder, root = site
    with chromium(1400, 1000) as drv:
        drv.get(f"{srv.url}/review/{FILE}")
        wait_for(drv, "tr.fact.current")
        keys = [tr.get_attribute("data-key") for tr in drv.find_elements(By.CSS_SELECTOR, "tr.fact")]
        body = drv.find_element(By.TAG_NAME, "body")
        body.send_keys("c")
        assert "請先填寫審閱者" in _status(drv)  # no reviewer yet: nothing is written
        assert not corrections_path(folder / FILE).exists()
        drv.find_element(By.ID, "reviewer").send_keys("林審閱", Keys.TAB)
        body.send_keys("c")  # confirm the first (riskiest) row; the next row is selected
        assert keys[0] in _status(drv)
        body.send_keys("r")  # reject the second
        assert keys[1] in _status(drv)
        body.send_keys("e")  # edit the third: the value field has the focus
        value = drv.find_element(By.CSS_SELECTOR, "#edit input[name=value]")
        assert drv.switch_to.active_element == value
        value.clear()
        value.send_keys("777", Keys.ENTER)
        assert keys[2] in _status(drv)
        line = drv.execute_script("return Array.from(document.querySelectorAll('#source li'))"
                                  ".find(li => /\\d/.test(li.textContent))")
        number = int(line.get_attribute("data-line"))
        drv.execute_script("""const li = arguments[0], text = li.firstChild, at = text.data.search(/\\d+/);
            const range = document.createRange(); range.setStart(text, at);
            range.setEnd(text, at + text.data.slice(at).match(/^\\d+/)[0].length);
            const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range);""", line)
        figure = drv.execute_script("return window.getSelection().toString()")
        body.send_keys("a")
        form = drv.find_element(By.ID, "edit")
        assert form.find_element(By.NAME, "value").get_attribute("value") == figure
        assert form.find_element(By.NAME, "sentence").get_attribute("value") == line.text
        form.find_element(By.NAME, "indicator").send_keys("測試新增期數")
        form.find_element(By.NAME, "unit").send_keys("件", Keys.ENTER)
        assert "add" in _status(drv)
        decided = [c.get_attribute("data-decision") for c in drv.find_elements(By.CSS_SELECTOR, "td.decision")[:3]]
        assert decided == ["confirm", "reject", "correct"]
        third = drv.find_elements(By.CSS_SELECTOR, "tr.fact")[2]
        assert "777" in third.find_elements(By.TAG_NAME, "td")[4].text  # the corrected value is what the row shows
        drv.save_screenshot(str(root / "review.png"))
        severe = [e for e in drv.get_log("browser") if e["level"] == "SEVERE" and "favicon" not in e["message"]]
        assert not severe, severe
    web = read_corrections(corrections_path(folder / FILE))
    assert [(d.key, d.decision) for d in web[:3]] == [(keys[0], "confirm"), (keys[1], "reject"), (keys[2], "correct")]
    assert web[2].fields == {"value": "777"} and web[3].decision == "add" and {d.reviewer for d in web} == {"林審閱"}

    cli = _folder(root / "cli")  # the same decisions through a review sheet
    sheet = {r["key"]: r for r in csv.DictReader(io.StringIO(
        twpolice("review", str(cli / FILE)).stdout.lstrip("\ufeff")))}
    rows = [dict(sheet[keys[0]], decision="confirm"), dict(sheet[keys[1]], decision="reject"),
            dict(sheet[keys[2]], decision="correct", value="777"),
            {k: "" for k in SHEET_COLUMNS} | {"decision": "add", "kind": "actual", "indicator": "測試新增期數",
                                              "value": figure, "unit": "件", "value_text": figure,
                                              "sentence": line_text(cli, number)}]
    path = cli / "sheet.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(SHEET_COLUMNS))
        writer.writeheader()
        writer.writerows(rows)
    assert twpolice("review", str(cli / FILE), "--apply", str(path), "--reviewer", "林審閱").returncode == 0
    assert corrections_path(cli / FILE).read_bytes() == corrections_path(folder / FILE).read_bytes()


def line_text(folder: Path, n: int) -> str:
    return (folder / FILE).read_text(encoding="utf-8").splitlines()[n - 1]


def test_decisions_come_only_from_the_review_script(site):
    srv, folder, _ = site
    before = corrections_path(folder / FILE).read_bytes() if corrections_path(folder / FILE).exists() else None
    url = f"{srv.url}/review/{FILE}/decisions"
    plain = httpx.post(url, json={"key": "x", "decision": "confirm", "reviewer": "甲"})
    assert plain.status_code == 403  # a cross-site form cannot set the header
    forged = httpx.post(url, json={"key": "x", "decision": "confirm", "reviewer": "甲"},
                        headers={"X-Twpolice-Review": "1", "Origin": "https://evil.example"})
    assert forged.status_code == 403
    bad = httpx.post(url, json={"key": "nope", "decision": "confirm", "reviewer": "甲"},
                     headers={"X-Twpolice-Review": "1"})
    assert bad.status_code == 400 and "nope" in bad.json()["errors"][0]
    not_json = httpx.post(url, content=b"[1, 2", headers={"X-Twpolice-Review": "1"})
    assert not_json.status_code == 400
    assert httpx.get(f"{srv.url}/review/..%2Fmanifest.toml").status_code == 404
    assert httpx.get(f"{srv.url}/review/other.txt").status_code == 404
    after = corrections_path(folder / FILE).read_bytes() if corrections_path(folder / FILE).exists() else None
    assert after == before


def test_serve_refuses_review_on_a_public_address(site):
    _, _, root = site
    for lang, needle in (("zh-Hant", "本機位址"), ("en", "loopback")):
        done = twpolice("serve", "--review", "--host", "0.0.0.0", "--store", str(root / "store"), "--lang", lang)
        assert done.returncode == 2 and needle in done.stderr and len(done.stderr.strip().splitlines()) == 1
