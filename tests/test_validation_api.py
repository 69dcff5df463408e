"""POST /validate, the upload page and the rule pages, through FastAPI's TestClient."""

from __future__ import annotations

import json
import re
import warnings

import pytest
from rdflib import Graph
from rdflib.namespace import RDF, SH

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from livesite import shared_store
from twpolice.api.app import create_app
from twpolice.shapes.rules import FIXTURES

FIX = FIXTURES
INVALID = (FIX / "R-budget-sum-invalid.ttl").read_bytes()
VALID = (FIX / "R-budget-sum-valid.ttl").read_bytes()


@pytest.fixture(scope="module")
def client():
    """The site app (api/app.py): the validation pages are its pages, rendered with its templates."""
    with TestClient(create_app(shared_store(), workers=1, cache_size=0)) as site:
        yield site


def test_raw_turtle_body_gives_json(client):
    r = client.post("/validate?lang=en", content=INVALID, headers={"content-type": "text/turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    data = r.json()
    assert data["conforms"] is False and data["counts"] == {"Violation": 1, "Warning": 0, "Info": 0}
    res = data["results"][0]
    assert res["rule"] == "R-budget-sum" and res["source"]["quote"] == "全般刑案破獲率102.13%"
    assert data["lang"] == "en" and data["summary"].startswith("does not conform")


def test_valid_body_conforms(client):
    r = client.post("/validate", content=VALID, headers={"content-type": "text/turtle"})
    assert r.status_code == 200 and r.json()["conforms"] is True


def test_profile_parameter(client):
    body = (FIX / "R-pub-dataset-licence-invalid.ttl").read_bytes()
    core = client.post("/validate?profile=core", content=body, headers={"content-type": "text/turtle"}).json()
    pub = client.post("/validate?profile=publish", content=body, headers={"content-type": "text/turtle"}).json()
    assert core["conforms"] and not pub["conforms"] and pub["profile"] == "publish"
    bad = client.post("/validate?profile=nope", content=body, headers={"content-type": "text/turtle"})
    assert bad.status_code == 400 and "publish" in bad.json()["error"]["en"]


def test_multipart_upload_gives_html_table(client):
    r = client.post("/validate?lang=zh-Hant", files={"file": ("submission.ttl", INVALID, "application/octet-stream")},
                    headers={"accept": "text/html"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    html = r.text
    assert "<table>" in html and "R-budget-sum" in html and "違規 1" in html
    assert 'href="/rules/R-budget-sum"' in html
    assert not re.search(r"""(src|href)=["']https?://""", html) and "<script" not in html


def test_pasted_text_in_the_form(client):
    r = client.post("/validate", data={"text": INVALID.decode("utf-8"), "format": "turtle", "profile": "core",
                                       "lang": "en"}, headers={"accept": "application/json"})
    assert r.status_code == 200 and r.json()["results"][0]["rule"] == "R-budget-sum"


def test_turtle_report_by_accept(client):
    r = client.post("/validate", content=INVALID, headers={"content-type": "text/turtle", "accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    g = Graph().parse(data=r.text, format="turtle")
    assert len(list(g.subjects(RDF.type, SH.ValidationReport))) == 1
    assert len(list(g.subjects(RDF.type, SH.ValidationResult))) == 1


def test_csv_upload_points_at_row_and_column(client):
    from twpolice.csvformat import CSV_COLUMNS

    header = ",".join(CSV_COLUMNS)
    row = dict.fromkeys(CSV_COLUMNS, "")
    row.update(agency="https://w3id.org/twpolice/id/agency/kaohsiung-police", indicator_label="全般刑案破獲率",
               indicator="https://w3id.org/twpolice/id/indicator/kaohsiung-police/i-c", kind="actual", value="abc",
               unit="%", period_start="2022-01-01", period_end="2022-12-31",
               document="https://w3id.org/twpolice/id/document/kaohsiung-police/111-performance-report",
               source_file="x.txt", line_start="3", line_end="3", evidence="全般刑案破獲率")
    body = (header + "\n" + ",".join(row[c] for c in CSV_COLUMNS) + "\n").encode("utf-8")
    r = client.post("/validate", files={"file": ("data.csv", body, "text/csv")})
    assert r.status_code == 200
    bad = [x for x in r.json()["results"] if x["rule"] == "R-measurement-value"][0]
    assert bad["origin"] == {"file": "data.csv", "row": 2, "column": "value"}


def test_oversized_upload_is_413(client, monkeypatch):
    monkeypatch.setenv("TWPOLICE_MAX_UPLOAD_MB", "0.001")
    r = client.post("/validate", content=INVALID, headers={"content-type": "text/turtle"})
    assert r.status_code == 413 and "limit" in r.json()["error"]["en"] and "上限" in r.json()["error"]["zh-Hant"]
    r = client.post("/validate", files={"file": ("big.ttl", INVALID, "text/turtle")})
    assert r.status_code == 413


def test_unusable_input_is_400_with_a_message(client):
    r = client.post("/validate?lang=en", content=b"@prefix ex: <http://e/> .\nex:a ex:b .\n",
                    headers={"content-type": "text/turtle"})
    assert r.status_code == 400 and "line 2, column" in r.json()["error"]["en"]
    r = client.post("/validate", content=b"", headers={"content-type": "text/turtle"})
    assert r.status_code == 400 and "empty" in r.json()["error"]["en"]
    r = client.post("/validate", content=json.dumps({"@context": "https://schema.org/", "name": "x"}).encode(),
                    headers={"content-type": "application/ld+json"})
    assert r.status_code == 400 and "@context" in r.json()["error"]["en"]
    r = client.post("/validate", content=b"<x/>", headers={"content-type": "image/png"})
    assert r.status_code == 415
    r = client.post("/validate", content=b"x", headers={"content-type": "text/turtle", "accept": "text/html"})
    assert r.status_code == 400 and r.headers["content-type"].startswith("text/html") and 'class="err"' in r.text


def test_validation_time_limit_is_a_clear_error(client, monkeypatch):
    monkeypatch.setenv("TWPOLICE_VALIDATION_TIMEOUT", "0")
    r = client.post("/validate?lang=en", content=VALID, headers={"content-type": "text/turtle"})
    assert r.status_code == 422 and "time limit" in r.json()["error"]["en"]


def test_form_page(client, monkeypatch):
    monkeypatch.delenv("TWPOLICE_LANG", raising=False)
    r = client.get("/validate")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    html = r.text
    assert 'enctype="multipart/form-data"' in html and 'name="file"' in html and 'name="text"' in html
    assert 'href="/static/style.css"' in html and not re.search(r"""(src|href)=["']https?://""", html)
    assert "English" in html and "驗證" in html
    assert "Validate a submission" in client.get("/validate?lang=en").text


def test_rule_pages(client):
    r = client.get("/rules/R-budget-sum")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "經費合計等於各來源之和" in r.text and "2100" in r.text and "sh:sparql" in r.text
    assert "Budget total equals the sum of its parts" in client.get("/rules/R-budget-sum?lang=en").text
    j = client.get("/rules/R-budget-sum", headers={"accept": "application/json"}).json()
    assert j["severity"] == "Violation" and j["profiles"] == ["core", "publish"] and "2001" in j["valid_example"]
    index = client.get("/rules").text
    assert index.count('href="/rules/R-') >= 50
    assert client.get("/rules/R-budget-sum", headers={"accept": "text/html;q=0.5, application/json"}).json()["id"] \
        == "R-budget-sum"  # q-values count, as everywhere on the site


def test_report_format_follows_accept_q_values(client):
    prefers_html = client.post("/validate", content=INVALID, headers={
        "content-type": "text/turtle", "accept": "application/json;q=0.2, text/html"})
    assert prefers_html.headers["content-type"].startswith("text/html")
    prefers_json = client.post("/validate", content=INVALID, headers={
        "content-type": "text/turtle", "accept": "text/html;q=0.2, application/json"})
    assert prefers_json.headers["content-type"].startswith("application/json")


def test_rule_page_refusals_are_the_sites_one_error_body(client):
    """A rule page's 404 and 406 are the site's one error body (api/errors.py), in the format Accept asks for."""
    missing = client.get("/rules/R-no-such-rule", headers={"accept": "application/json"})
    assert missing.status_code == 404 and set(missing.json()["error"]) == {"zh-Hant", "en"}
    page = client.get("/rules/R-no-such-rule", headers={"accept": "text/html"})
    assert page.status_code == 404 and "/rules/R-no-such-rule" in page.text and "<html" in page.text
    assert client.get("/rules/not a rule").status_code == 404
    refused = client.get("/rules/R-budget-sum", headers={"accept": "image/png"})
    assert refused.status_code == 406 and "text/html, application/json" in refused.text
