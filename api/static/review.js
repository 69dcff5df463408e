// The web review page (twpolice serve --review): keyboard and buttons post one decision at a time to
// /review/{file}/decisions, which writes the document's corrections file (the same file `twpolice review --apply`
// writes). j/k or ↓/↑ move, c confirms, r rejects, e edits, a adds the figure selected in the source text.
(() => {
  "use strict";
  const root = document.getElementById("review");
  if (!root) return;
  const file = root.dataset.file;
  const en = root.dataset.lang === "en";
  const labels = JSON.parse(root.dataset.labels);
  const rows = Array.from(document.querySelectorAll("tr.fact"));
  const form = document.getElementById("edit");
  const status = document.getElementById("status");
  const reviewer = document.getElementById("reviewer");
  const fields = Array.from(form.querySelectorAll("input")).map((i) => i.name);
  let current = 0;
  let editing = null; // {key, mode: "correct" | "add"}

  reviewer.value = localStorage.getItem("twpolice-reviewer") || "";
  reviewer.addEventListener("change", () => localStorage.setItem("twpolice-reviewer", reviewer.value.trim()));

  function say(text, bad) {
    status.textContent = text;
    status.className = bad ? "error" : "ok";
  }

  function select(i) {
    if (!rows.length) return;
    current = Math.max(0, Math.min(rows.length - 1, i));
    rows.forEach((r, n) => r.classList.toggle("current", n === current));
    rows[current].focus({ preventScroll: true });
    rows[current].scrollIntoView({ block: "nearest" });
  }

  async function send(payload, row) {
    const name = reviewer.value.trim();
    if (!name) {
      say(en ? "Enter your name as reviewer first." : "請先填寫審閱者姓名。", true);
      reviewer.focus();
      return false;
    }
    payload.reviewer = name;
    const response = await fetch(`/review/${encodeURIComponent(file)}/decisions${en ? "?lang=en" : ""}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Twpolice-Review": "1" },
      body: JSON.stringify(payload),
    });
    const answer = await response.json().catch(() => ({ errors: [response.statusText] }));
    if (!response.ok) {
      say((answer.errors || [answer.detail || response.statusText]).join("\n"), true);
      return false;
    }
    if (row) {
      const cell = row.querySelector(".decision");
      cell.textContent = labels[answer.decision] || answer.decision;
      cell.dataset.decision = answer.decision;
      row.classList.add("decided");
      row.classList.toggle("rejected", answer.decision === "reject");
      if (answer.decision === "correct") show(row, payload);
    }
    say(`${answer.decision} · ${answer.key}` + (answer.conflicts ? (en ? " (replaced an earlier decision)" : "（取代先前的決定）") : ""));
    document.getElementById("decided").textContent =
      String(document.querySelectorAll("tr.fact.decided").length);
    return true;
  }

  // a corrected row shows what it now says (the sheet's columns: indicator, value, kind, period, shared indicator)
  function show(row, values) {
    const cells = row.cells;
    for (const name of fields) {
      const attr = name.replace(/_/g, "-").replace(/-(\w)/g, (_, c) => c.toUpperCase());
      if (name in values) row.dataset[attr] = values[name];
    }
    cells[3].textContent = values.indicator;
    cells[4].textContent = `${values.operator}${values.value} ${values.unit}`;
    cells[5].textContent = values.kind;
    cells[6].textContent = values.period;
    cells[7].textContent = values.shared_indicator;
  }

  function decide(kind) {
    const row = rows[current];
    if (row) send({ key: row.dataset.key, decision: kind }, row).then((ok) => ok && select(current + 1));
  }

  function openForm(mode, values) {
    editing = { mode, key: values.key || "" };
    document.getElementById("edit-title").textContent =
      mode === "add" ? (en ? "Add a missed figure" : "新增漏讀的數字") : (en ? "Correct" : "更正");
    for (const name of fields) form.elements[name].value = values[name] || "";
    form.hidden = false;
    form.elements[mode === "add" ? "indicator" : "value"].focus();
  }

  function closeForm() {
    form.hidden = true;
    editing = null;
    select(current);
  }

  function edit() {
    const row = rows[current];
    if (!row) return;
    const values = { key: row.dataset.key };
    for (const name of fields) {
      const attr = name.replace(/_/g, "-").replace(/-(\w)/g, (_, c) => c.toUpperCase());
      values[name] = row.dataset[attr] || "";
    }
    openForm("correct", values);
  }

  function addSelection() {
    const selection = window.getSelection();
    const text = selection ? selection.toString().trim() : "";
    const node = selection && selection.anchorNode;
    const line = node && (node.nodeType === 1 ? node : node.parentElement).closest("#source li");
    if (!text || !line) {
      say(en ? "Select a figure in the source text first." : "請先在原文中選取一個數字。", true);
      return;
    }
    const number = text.replace(/[,，]/g, "").match(/-?\d+(\.\d+)?/);
    openForm("add", { value_text: text, value: number ? number[0] : "", sentence: line.textContent,
                      kind: "actual" });
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!editing) return;
    const payload = { key: editing.key, decision: editing.mode };
    for (const name of fields) payload[name] = form.elements[name].value.trim();
    const row = editing.mode === "correct" ? rows[current] : null;
    if (await send(payload, row)) closeForm();
  });
  document.getElementById("cancel").addEventListener("click", closeForm);
  document.getElementById("add-selection").addEventListener("click", addSelection);

  rows.forEach((row, n) => {
    row.addEventListener("click", () => select(n));
    row.querySelector(".confirm").addEventListener("click", () => { select(n); decide("confirm"); });
    row.querySelector(".reject").addEventListener("click", () => { select(n); decide("reject"); });
    row.querySelector(".edit").addEventListener("click", () => { select(n); edit(); });
  });

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest("input, textarea, select")) {
      if (event.key === "Escape" && !form.hidden) closeForm();
      return;
    }
    const actions = {
      j: () => select(current + 1), ArrowDown: () => select(current + 1),
      k: () => select(current - 1), ArrowUp: () => select(current - 1),
      c: () => decide("confirm"), r: () => decide("reject"), e: edit, a: addSelection,
    };
    if (actions[event.key]) {
      event.preventDefault();
      actions[event.key]();
    }
  });
  select(0);
})();
