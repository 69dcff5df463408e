/* twpolice query editor: SPARQL highlighting, running, result table. No dependencies, no network but this site. */
(function () {
  "use strict";
  var cfg = JSON.parse(document.getElementById("config").textContent);
  var ta = document.getElementById("query");
  var hl = document.getElementById("highlight");
  var results = document.getElementById("results");
  var status = document.getElementById("status");
  var truncated = document.getElementById("truncated");
  var KEYWORDS = ("SELECT|ASK|CONSTRUCT|DESCRIBE|WHERE|FROM|NAMED|PREFIX|BASE|OPTIONAL|FILTER|UNION|MINUS|GRAPH|BIND|" +
    "VALUES|GROUP|BY|ORDER|HAVING|LIMIT|OFFSET|DISTINCT|REDUCED|AS|ASC|DESC|NOT|EXISTS|IN|COUNT|SUM|MIN|MAX|AVG|" +
    "SAMPLE|GROUP_CONCAT|SEPARATOR|IF|COALESCE|BOUND|STR|LANG|LANGMATCHES|DATATYPE|REGEX|CONTAINS|STRSTARTS|YEAR|" +
    "MONTH|DAY|ROUND|CONCAT|UNDEF|a|true|false").split("|");
  var KW = new RegExp("^(?:" + KEYWORDS.join("|") + ")$", "i");
  var TOKEN = /(#[^\n]*)|("""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|(<[^<>"{}|^`\\\s]*>)|([?$][\w\u00b7-\uffff]+)|(@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*)|([A-Za-z_\u00c0-\uffff][\w\-.\u00b7-\uffff]*:[\w\-.:%\u00b7-\uffff]*|:[\w\-.\u00b7-\uffff]*)|(\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b)|([A-Za-z_]+)/g;

  function esc(s) {
    return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  function highlight(text) {
    var out = "", last = 0, m;
    TOKEN.lastIndex = 0;
    while ((m = TOKEN.exec(text)) !== null) {
      out += esc(text.slice(last, m.index));
      var cls = m[1] ? "c" : m[2] ? "s" : m[3] ? "i" : m[4] ? "v" : m[5] ? "l" : m[6] ? "p" : m[7] ? "n" :
        (m[8] && KW.test(m[8])) ? "k" : "";
      out += cls ? '<span class="t-' + cls + '">' + esc(m[0]) + "</span>" : esc(m[0]);
      last = TOKEN.lastIndex;
    }
    return out + esc(text.slice(last)) + "\n";
  }

  function refresh() {
    hl.innerHTML = highlight(ta.value);
    hl.parentNode.scrollTop = ta.scrollTop;
    hl.parentNode.scrollLeft = ta.scrollLeft;
    var q = encodeURIComponent(ta.value);
    document.getElementById("share").href = "/query?query=" + q + "&run=1" + (cfg.lang === "en" ? "&lang=en" : "");
    document.getElementById("dl-csv").href = "/sparql?query=" + q + "&format=csv";
    document.getElementById("dl-json").href = "/sparql?query=" + q + "&format=json";
  }

  function localHref(iri) {
    if (iri.indexOf(cfg.base) === 0) {
      var path = "/" + iri.slice(cfg.base.length);
      if (path.indexOf("/id/") === 0) { path = "/doc/" + path.slice(4); }
      return path + (cfg.lang === "en" ? (path.indexOf("?") < 0 ? "?lang=en" : "&lang=en") : "");
    }
    return iri;
  }

  function cell(term) {
    var td = document.createElement("td");
    if (!term) { return td; }
    if (term.type === "uri" && !/^(https?|mailto):/i.test(term.value)) {
      td.textContent = term.value;  // only http, https and mailto IRIs become links (api/web.py linkable)
    } else if (term.type === "uri") {
      var a = document.createElement("a");
      a.href = localHref(term.value);
      a.textContent = term.value;
      a.title = term.value;
      td.appendChild(a);
    } else if (term.type === "bnode") {
      td.textContent = "_:" + term.value;
    } else {
      td.textContent = term.value;
      if (term["xml:lang"]) { td.lang = term["xml:lang"]; }
      if (term.datatype && /#(integer|decimal|double|float|int|long)$/.test(term.datatype)) { td.className = "num"; }
    }
    return td;
  }

  function render(data) {
    results.textContent = "";
    if (typeof data.boolean === "boolean") {
      var p = document.createElement("p");
      p.className = "boolean";
      p.textContent = String(data.boolean);
      results.appendChild(p);
      status.textContent = "ASK → " + data.boolean;
      return;
    }
    var vars = data.head.vars, rows = data.results.bindings;
    var table = document.createElement("table");
    table.className = "data";
    table.id = "result-table";
    var thead = table.createTHead().insertRow();
    vars.forEach(function (v) { var th = document.createElement("th"); th.textContent = v; thead.appendChild(th); });
    var tbody = table.createTBody();
    rows.forEach(function (b) {
      var tr = tbody.insertRow();
      vars.forEach(function (v) { tr.appendChild(cell(b[v])); });
    });
    results.appendChild(table);
  }

  function renderGraph(text) {
    results.textContent = "";
    var pre = document.createElement("pre");
    pre.textContent = text;
    results.appendChild(pre);
  }

  function run() {
    var started = performance.now();
    status.textContent = "…";
    status.className = "";
    truncated.hidden = true;
    var body = new URLSearchParams();
    body.set("query", ta.value);
    fetch("/sparql", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded",
                 "Accept": "application/sparql-results+json, text/turtle;q=0.9" },
      body: body.toString()
    }).then(function (res) {
      var ms = Math.round(performance.now() - started);
      truncated.hidden = res.headers.get("X-Twpolice-Truncated") !== "true";
      var type = res.headers.get("Content-Type") || "";
      return res.text().then(function (text) {
        if (!res.ok) {
          status.className = "error";
          status.textContent = res.status + " · " + text;
          results.textContent = "";
          return;
        }
        if (type.indexOf("json") >= 0) {
          var data = JSON.parse(text);
          render(data);
          if (data.results) { status.textContent = data.results.bindings.length + " " + cfg.rows + " · " + ms + " ms"; }
        } else {
          renderGraph(text);
          status.textContent = ms + " ms";
        }
      });
    }).catch(function (err) {
      status.className = "error";
      status.textContent = String(err);
    });
  }

  ta.addEventListener("input", refresh);
  ta.addEventListener("scroll", function () {
    hl.parentNode.scrollTop = ta.scrollTop;
    hl.parentNode.scrollLeft = ta.scrollLeft;
  });
  ta.addEventListener("keydown", function (e) {
    if ((e.ctrlKey || e.metaKey) && e.key === "Enter") { e.preventDefault(); run(); }
    if (e.key === "Tab") {
      e.preventDefault();
      var s = ta.selectionStart;
      ta.value = ta.value.slice(0, s) + "  " + ta.value.slice(ta.selectionEnd);
      ta.selectionStart = ta.selectionEnd = s + 2;
      refresh();
    }
  });
  document.getElementById("run").addEventListener("click", run);
  document.getElementById("examples").addEventListener("change", function (e) {
    var id = e.target.value;
    if (!id) { return; }
    fetch("/queries/" + encodeURIComponent(id) + ".rq").then(function (r) { return r.text(); }).then(function (text) {
      ta.value = text;
      refresh();
      history.replaceState(null, "", "/query?id=" + encodeURIComponent(id) + (cfg.lang === "en" ? "&lang=en" : ""));
      run();
    });
  });
  refresh();
  if (cfg.autorun) { run(); }
})();
