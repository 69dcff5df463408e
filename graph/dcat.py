"""The release's DCAT-AP catalogue.

* ``{base}id/catalog`` — the ``dcat:Catalog``.
* ``{base}id/dataset/all`` — everything in the release; a distribution per top-level file.
* ``{base}id/dataset/{agency}`` — one dataset per agency with documents; its distributions are its own
  files (``agencies/{agency}/…``); the per-document ``qb:DataSet``s already in the graph are its parts.
* ``{base}id/dataset-series/{genre}`` — one ``dcat:DatasetSeries`` per document genre; every
  per-document data set is ``dcat:inSeries`` its genre's series.
* ``{base}id/service/sparql`` — the SPARQL endpoint as a ``dcat:DataService``.

Every distribution has a media type (IANA), a format (EU file-type authority, for data files), a byte
size, an SPDX SHA-256 checksum, a modified date, the licence and stable download URLs. Licence:
政府資料開放授權條款－第1版 (https://data.gov.tw/license). No blank nodes: checksums, periods and the
contact point have IRIs under their parent's, so two releases of the same data give the same graph.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, RDF, RDFS, XSD

from twpolice import iris

DCAT = Namespace("http://www.w3.org/ns/dcat#")  # DCAT 3 terms (rdflib's DCAT is version 2)
SPDX = Namespace("http://spdx.org/rdf/terms#")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
QB = Namespace("http://purl.org/linked-data/cube#")
ADMS = Namespace("http://www.w3.org/ns/adms#")
IANA = "http://www.iana.org/assignments/media-types/"
FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/"
LANGUAGE = "http://publications.europa.eu/resource/authority/language/"

LICENSE = URIRef("https://data.gov.tw/license")
LICENSE_ZH = "政府資料開放授權條款－第1版"
LICENSE_EN = "Open Government Data License, version 1.0 (Taiwan)"
SPARQL_PROTOCOL = URIRef("https://www.w3.org/TR/sparql11-protocol/")

# suffix → (media type, EU file type or None, compress format or None)
MEDIA = {
    ".csv": ("text/csv", "CSV", None),
    ".json": ("application/json", "JSON", None),
    ".jsonld": ("application/ld+json", "JSON_LD", None),
    ".ttl": ("text/turtle", "RDF_TURTLE", None),
    ".trig": ("application/trig", "RDF_TRIG", None),
    ".nq": ("application/n-quads", "RDF_N_QUADS", None),
    ".nt.gz": ("application/n-triples", "RDF_N_TRIPLES", "application/gzip"),
    ".md": ("text/markdown", None, None),
    "SHA256SUMS": ("text/plain", None, None),
}


def media_of(path: str) -> tuple[str, str | None, str | None]:
    for suffix, info in MEDIA.items():
        if path.endswith(suffix):
            return info
    return ("application/octet-stream", None, None)


@dataclass
class FileInfo:
    path: str  # relative to the release folder, with /
    bytes: int
    sha256: str
    modified: date
    title_zh: str
    title_en: str
    dataset: str  # IRI of the dataset it is a distribution of
    rows: int | None = None

    @property
    def media_type(self) -> str:
        return media_of(self.path)[0]


@dataclass
class DatasetInfo:
    iri: str
    title_zh: str
    title_en: str
    description_zh: str
    description_en: str
    publisher: str
    keywords: list[str] = field(default_factory=list)
    temporal: tuple[str, str] | None = None  # ISO dates
    spatial: list[str] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    series: bool = False
    agency_key: str | None = None


@dataclass
class CatalogueSettings:
    base_url: str  # where the release is served: {base_url}downloads/{path}
    endpoint_url: str
    publisher: str  # agency IRI
    contact_name: str
    contact_email: str | None
    issued: datetime
    release_id: str
    landing_page: str


def download_url(settings: CatalogueSettings, path: str) -> str:
    return f"{settings.base_url.rstrip('/')}/downloads/{path}"


def _ids(base: str = iris.BASE) -> dict[str, str]:
    return {
        "catalog": f"{base}id/catalog",
        "all": f"{base}id/dataset/all",
        "service": f"{base}id/service/sparql",
    }


def agency_dataset(key: str) -> str:
    return f"{iris.BASE}id/dataset/{key}"


def genre_series(genre: str) -> str:
    return f"{iris.BASE}id/dataset-series/{genre}"


def build_catalogue(settings: CatalogueSettings, datasets: list[DatasetInfo], files: list[FileInfo],
                    document_datasets: dict[str, tuple[str, str]], publishers: dict[str, tuple[str, str]],
                    registry_dataset: str | None) -> Graph:
    """The catalogue graph.

    ``document_datasets``: per-document data set IRI (already in the store) → (agency key, genre slug);
    they get the licence and their series here. ``publishers``: agency IRI → (zh name, en name).
    ``registry_dataset``: the agency registry's ``dcat:Dataset`` (in the store), described here too.
    """
    g = Graph()
    for prefix, ns in iris.PREFIXES.items():
        g.bind(prefix, ns, override=True)
    g.bind("vcard", VCARD)
    g.bind("spdx", SPDX)
    g.bind("adms", ADMS)
    ids = _ids()
    cat = URIRef(ids["catalog"])
    service = URIRef(ids["service"])
    issued = Literal(settings.issued.date().isoformat(), datatype=XSD.date)
    contact = URIRef(ids["catalog"] + "/contact")

    g.add((LICENSE, RDF.type, DCTERMS.LicenseDocument))
    g.add((LICENSE, RDFS.label, Literal(LICENSE_ZH, lang="zh-Hant")))
    g.add((LICENSE, RDFS.label, Literal(LICENSE_EN, lang="en")))

    g.add((contact, RDF.type, VCARD.Organization))
    g.add((contact, VCARD.fn, Literal(settings.contact_name, lang="zh-Hant")))
    if settings.contact_email:
        g.add((contact, VCARD.hasEmail, URIRef(f"mailto:{settings.contact_email}")))
    g.add((contact, VCARD.hasURL, URIRef(settings.landing_page)))

    for agency, (zh, en) in publishers.items():
        a = URIRef(agency)
        g.add((a, RDF.type, FOAF.Agent))
        g.add((a, FOAF.name, Literal(zh, lang="zh-Hant")))
        if en:
            g.add((a, FOAF.name, Literal(en, lang="en")))

    g.add((cat, RDF.type, DCAT.Catalog))
    g.add((cat, DCTERMS.title, Literal("臺灣警察機關施政計畫與績效開放資料目錄", lang="zh-Hant")))
    g.add((cat, DCTERMS.title, Literal("Catalogue of Taiwan police plans and results as open data", lang="en")))
    g.add((cat, DCTERMS.description, Literal(
        "警察機關施政計畫、中程施政計畫、施政績效成果報告與議會施政報告中每一個數字，連回出處；每機關一個資料集，每種文件類型一個資料集系列。",
        lang="zh-Hant")))
    g.add((cat, DCTERMS.description, Literal(
        "Every number in Taiwan police departments' plans, mid-term plans, performance reports and council reports, "
        "traced to its source; one dataset per agency and one dataset series per document type.", lang="en")))
    g.add((cat, DCTERMS.publisher, URIRef(settings.publisher)))
    g.add((cat, DCTERMS.license, LICENSE))
    g.add((cat, DCTERMS.issued, issued))
    g.add((cat, DCTERMS.modified, issued))
    g.add((cat, FOAF.homepage, URIRef(settings.landing_page)))
    g.add((cat, DCTERMS.language, URIRef(LANGUAGE + "ZHO")))
    g.add((cat, DCTERMS.language, URIRef(LANGUAGE + "ENG")))
    g.add((cat, DCAT.contactPoint, contact))
    g.add((cat, DCAT.service, service))
    g.add((cat, DCAT.version, Literal(settings.release_id)))

    g.add((service, RDF.type, DCAT.DataService))
    g.add((service, DCTERMS.title, Literal("twpolice SPARQL 查詢端點", lang="zh-Hant")))
    g.add((service, DCTERMS.title, Literal("twpolice SPARQL endpoint", lang="en")))
    g.add((service, DCTERMS.description, Literal("以 SPARQL 1.1 查詢整個知識圖譜（各文件具名圖的聯集為預設圖）。", lang="zh-Hant")))
    g.add((service, DCTERMS.description, Literal(
        "SPARQL 1.1 queries over the whole knowledge graph (the union of the documents' named graphs is the default graph).",
        lang="en")))
    g.add((service, DCAT.endpointURL, URIRef(settings.endpoint_url)))
    g.add((service, DCAT.endpointDescription, URIRef(settings.endpoint_url)))
    g.add((service, DCTERMS.conformsTo, SPARQL_PROTOCOL))
    g.add((service, DCTERMS.publisher, URIRef(settings.publisher)))
    g.add((service, DCTERMS.license, LICENSE))
    g.add((service, DCAT.contactPoint, contact))

    for ds in datasets:
        node = URIRef(ds.iri)
        g.add((cat, DCAT.dataset, node))
        g.add((service, DCAT.servesDataset, node))
        g.add((node, RDF.type, DCAT.DatasetSeries if ds.series else DCAT.Dataset))
        g.add((node, DCTERMS.title, Literal(ds.title_zh, lang="zh-Hant")))
        g.add((node, DCTERMS.title, Literal(ds.title_en, lang="en")))
        g.add((node, DCTERMS.description, Literal(ds.description_zh, lang="zh-Hant")))
        g.add((node, DCTERMS.description, Literal(ds.description_en, lang="en")))
        g.add((node, DCTERMS.publisher, URIRef(ds.publisher)))
        g.add((node, DCTERMS.license, LICENSE))
        g.add((node, DCTERMS.issued, issued))
        g.add((node, DCTERMS.modified, issued))
        g.add((node, DCAT.contactPoint, contact))
        g.add((node, DCAT.landingPage, URIRef(settings.landing_page)))
        g.add((node, DCTERMS.accessRights, URIRef("http://publications.europa.eu/resource/authority/access-right/PUBLIC")))
        for kw in ds.keywords:
            g.add((node, DCAT.keyword, Literal(kw, lang="zh-Hant")))
        if ds.temporal is not None:
            t = URIRef(ds.iri + "/temporal")
            g.add((node, DCTERMS.temporal, t))
            g.add((t, RDF.type, DCTERMS.PeriodOfTime))
            g.add((t, DCAT.startDate, Literal(ds.temporal[0], datatype=XSD.date)))
            g.add((t, DCAT.endDate, Literal(ds.temporal[1], datatype=XSD.date)))
        for place in ds.spatial:
            g.add((node, DCTERMS.spatial, URIRef(place)))
        for part in ds.parts:
            g.add((node, DCTERMS.hasPart, URIRef(part)))
            g.add((URIRef(part), DCTERMS.isPartOf, node))

    for doc_ds, (_agency, genre) in document_datasets.items():
        node = URIRef(doc_ds)
        g.add((node, DCTERMS.license, LICENSE))
        g.add((node, DCAT.inSeries, URIRef(genre_series(genre))))
        g.add((service, DCAT.servesDataset, node))
    if registry_dataset is not None:
        node = URIRef(registry_dataset)
        g.add((cat, DCAT.dataset, node))
        g.add((node, DCTERMS.license, LICENSE))
        g.add((node, DCTERMS.publisher, URIRef(settings.publisher)))
        g.add((node, DCTERMS.description, Literal(
            "22 個直轄市、縣（市）警察局、內政部警政署與「未具名機關」的登錄表：名稱、轄區與上級機關。", lang="zh-Hant")))
        g.add((node, DCTERMS.description, Literal(
            "Registry of the 22 city and county police departments, the National Police Agency and the 'unidentified "
            "agency' placeholder: names, jurisdictions and parent organisations.", lang="en")))

    for f in files:
        dist = URIRef(f"{f.dataset}/distribution/{f.path}")
        url = URIRef(download_url(settings, f.path))
        media, ftype, compress = media_of(f.path)
        g.add((URIRef(f.dataset), DCAT.distribution, dist))
        g.add((dist, RDF.type, DCAT.Distribution))
        g.add((dist, DCTERMS.title, Literal(f.title_zh, lang="zh-Hant")))
        g.add((dist, DCTERMS.title, Literal(f.title_en, lang="en")))
        g.add((dist, DCAT.downloadURL, url))
        g.add((dist, DCAT.accessURL, url))
        g.add((dist, DCAT.mediaType, URIRef(IANA + media)))
        if ftype:
            g.add((dist, DCTERMS.format, URIRef(FILE_TYPE + ftype)))
        if compress:
            g.add((dist, DCAT.compressFormat, URIRef(IANA + compress)))
        g.add((dist, DCAT.byteSize, Literal(str(f.bytes), datatype=XSD.nonNegativeInteger)))
        g.add((dist, DCTERMS.modified, Literal(f.modified.isoformat(), datatype=XSD.date)))
        g.add((dist, DCTERMS.license, LICENSE))
        checksum = URIRef(f"{dist}/checksum")
        g.add((dist, SPDX.checksum, checksum))
        g.add((checksum, RDF.type, SPDX.Checksum))
        g.add((checksum, SPDX.algorithm, SPDX.checksumAlgorithm_sha256))
        g.add((checksum, SPDX.checksumValue, Literal(f.sha256, datatype=XSD.hexBinary)))
        if f.path.endswith(".csv"):
            g.add((dist, DCTERMS.conformsTo, URIRef("https://www.rfc-editor.org/rfc/rfc4180")))
    return g


def serialise(g: Graph) -> tuple[bytes, bytes]:
    """(Turtle, JSON-LD) of the catalogue."""
    ttl = g.serialize(format="turtle", encoding="utf-8")
    context = {p: str(ns) for p, ns in g.namespaces() if p}
    jsonld = g.serialize(format="json-ld", context=context, indent=2, encoding="utf-8")
    return ttl, jsonld
