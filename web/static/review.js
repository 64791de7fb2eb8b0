// The review page: edit the draft, see what the payer's rules make of the codes, sign or co-sign.
// Everything goes through the notes API as the logged-in user; the page works read-only without it.
(() => {
  "use strict";
  const form = document.getElementById("note");
  if (!form) return;
  const note = form.dataset.note;
  const table = document.querySelector("#codes tbody");
  const status = (text) => { document.getElementById("status").textContent = text; };

  function services() {
    return [...table.querySelectorAll("tr")].map((row) => ({
      code: row.querySelector("[name=code]").value.trim().toUpperCase(),
      minutes: Number(row.querySelector("[name=minutes]").value || 0),
    })).filter((s) => s.code);
  }

  function body() {
    return {
      subjective: form.subjective.value,
      objective: form.objective.value,
      assessment: form.assessment.value,
      plan: form.plan.value,
      services: services(),
      // the outcome measures are not edited here: each save keeps the ones the draft has
      measures: JSON.parse(form.dataset.measures || "[]"),
      ai_assisted: true,
      change_summary: "edited on the review page",
    };
  }

  async function call(method, url, payload, key) {
    const headers = { "Content-Type": "application/json" };
    if (key) headers["Idempotency-Key"] = key;  // a second click gets the first click's answer
    const reply = await fetch(url, { method, headers, body: payload ? JSON.stringify(payload) : undefined });
    const data = await reply.json().catch(() => ({}));
    if (!reply.ok) {
      const detail = Array.isArray(data.detail) ? data.detail.map((d) => d.msg).join("; ") : data.detail;
      throw new Error(detail || `the server answered ${reply.status}`);
    }
    return data;
  }

  // as the page writes a status (web/routers/pages.status_words)
  const statusWords = (s) => ({ awaiting_cosign: "waiting for co-signature", no_show: "no-show" })[s] || s.replace(/_/g, " ");
  const money = (cents) => (cents == null ? "no fee" : `$${(cents / 100).toFixed(2)}`);

  async function recode() {
    const coding = await call("POST", `/api/v1/notes/${note}/coding`, { services: services() });
    for (const row of table.querySelectorAll("tr")) {
      const code = row.querySelector("[name=code]").value.trim().toUpperCase();
      const line = coding.lines.find((l) => l.code === code);
      row.querySelector(".units").textContent = line ? line.units : 0;
      row.querySelector(".modifiers").textContent = line ? line.modifiers.join(" ") : "";
      row.querySelector(".reason").textContent = line ? line.reason : "no unit";
      row.querySelector(".fee").textContent = line ? money(line.fee_cents) : "";
    }
    if (coding.warnings.length) status(`Check: ${coding.warnings.join("; ")}`);
    return coding;
  }

  function cell(content) { const td = document.createElement("td"); td.append(content); return td; }

  function addRow() {
    const n = table.rows.length + 1;
    const row = document.createElement("tr");
    const code = Object.assign(document.createElement("input"), { name: "code", size: 6, pattern: "[0-9A-Z]{5}" });
    code.setAttribute("aria-label", `Code ${n}`);
    const minutes = Object.assign(document.createElement("input"), { name: "minutes", type: "number", min: 0, max: 480, value: 0 });
    minutes.setAttribute("aria-label", `Minutes for code ${n}`);
    const remove = Object.assign(document.createElement("button"), { type: "button", className: "link remove", textContent: "Remove" });
    row.append(cell(code), cell(minutes));
    for (const name of ["units", "modifiers", "reason", "fee"]) { const td = cell(""); td.className = name; row.append(td); }
    row.append(cell(remove));
    table.append(row);
    code.focus();
  }

  // The header's "version N" says the version just saved, as the status line below does (#20, trial 52:
  // the header read "version 1" while the footer said "Saved as version 2").
  function shownVersion(version) {
    const header = document.getElementById("served");
    if (!header || !header.parentElement) return;
    for (const node of header.parentElement.childNodes) {
      if (node.nodeType === Node.TEXT_NODE && /\bversion \d+/.test(node.textContent)) {
        node.textContent = node.textContent.replace(/\bversion \d+/, `version ${version}`);
      }
    }
  }

  async function save() {
    const saved = await call("PUT", `/api/v1/notes/${note}`, body());
    status(`Saved as version ${saved.version}.`);
    shownVersion(saved.version);
    await attests();
    return saved;
  }

  // What signing attests (#attests: date of service, codes and units, minutes, the sentences still
  // marked for review) as the server reads the saved version; an acceptance of the same marks is kept.
  async function attests() {
    const mine = document.getElementById("attests");
    if (!mine) return;
    try {
      const reply = await fetch(location.pathname, { credentials: "same-origin" });
      if (!reply.ok) return;
      const fresh = new DOMParser().parseFromString(await reply.text(), "text/html").getElementById("attests");
      if (!fresh) return;
      // each line accepted before stays accepted while it still reads the same
      const kept = new Set(acceptedMarks());
      mine.replaceWith(document.importNode(fresh, true));
      for (const box of document.querySelectorAll("input.accept-mark")) box.checked = kept.has(box.value);
      allBox();
      if (sign) sign.disabled = !allConfirmed();
    } catch (error) { /* what is shown stays; the server refuses a signature over marks not accepted */ }
  }

  function lock() {
    // Signed: the note is text to read, as the page shows a signed note (an addendum is the way to add).
    form.querySelectorAll("textarea").forEach((area) => {
      const label = form.querySelector(`label[for="${area.id}"]`);
      if (label) label.replaceWith(Object.assign(document.createElement("h3"), { className: "soap-label", textContent: label.textContent }));
      area.replaceWith(Object.assign(document.createElement("div"), { className: "note-text", id: area.id, textContent: area.value }));
    });
    form.querySelectorAll("input").forEach((el) => { el.readOnly = true; });
    form.querySelectorAll("button").forEach((el) => { el.disabled = true; });
    // Sign, Co-sign and Save are done with: not left greyed out under the signed note.
    form.querySelectorAll(".controls").forEach((el) => { el.hidden = true; });
    // What was said before signing is no longer asked of anyone once it is signed.
    document.querySelectorAll(".warnings, #attestation, #attests, #return-form, #returned").forEach((el) => { el.hidden = true; });
    return signedParts();
  }

  // What the signature changed is read as the server writes it now: the signatures (with the
  // co-signature), the signed PDF and the addendum form (#trail), and an evaluation's (progress
  // report's, discharge's) form to read (note_form_read.html), not boxes left disabled.
  async function signedParts() {
    const boxes = document.querySelector("form#note-form");
    if (boxes) boxes.querySelectorAll("input, select, textarea, button").forEach((el) => { el.disabled = true; });
    try {
      const reply = await fetch(location.pathname, { credentials: "same-origin" });
      if (!reply.ok) return;
      const fresh = new DOMParser().parseFromString(await reply.text(), "text/html");
      const read = fresh.getElementById("note-form");
      if (boxes && read && read.tagName !== "FORM") boxes.replaceWith(document.importNode(read, true));
      const trail = fresh.getElementById("trail");
      const mine = document.getElementById("trail");
      if (trail && mine) mine.replaceWith(document.importNode(trail, true));
    } catch (error) { /* what is shown stays; a reload shows the signed page */ }
  }

  table.addEventListener("click", (event) => {
    if (event.target.closest(".remove")) event.target.closest("tr").remove();
  });
  const add = document.getElementById("add-code");
  if (add) add.addEventListener("click", addRow);
  const again = document.getElementById("recode");
  if (again) again.addEventListener("click", () => recode().catch((e) => status(`Not coded: ${e.message}`)));

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try { await save(); await recode(); } catch (error) { status(`Not saved: ${error.message}`); }
  });
  // One key per attempt: clicking Sign twice, or again after a dropped reply, signs once; after a
  // refusal (a code without a fee, say) a new key, so the corrected note is really tried again.
  const newKey = () => `${note}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  let once = newKey();
  const sign = document.getElementById("sign");
  // Each of the scribe's warnings is confirmed before Sign is offered (the server refuses otherwise).
  const confirms = [...document.querySelectorAll("input.confirm-warning")];
  // ... and each sentence still marked "(as said; review)" accepted as written, line by line (or
  // edited away: an edited line carries no mark and leaves the list once saved).
  const markBoxes = () => [...document.querySelectorAll("input.accept-mark")];
  const acceptedMarks = () => markBoxes().filter((box) => box.checked).map((box) => box.value);
  const marksAccepted = () => markBoxes().every((box) => box.checked);
  const allConfirmed = () => confirms.every((box) => box.checked) && marksAccepted();
  // "Accept all" (shown with two lines or more) says whether every line is accepted
  function allBox() {
    const all = document.getElementById("accept-marks");
    if (all && !all.classList.contains("accept-mark")) all.checked = marksAccepted();
  }
  confirms.forEach((box) => box.addEventListener("change", () => { if (sign) sign.disabled = !allConfirmed(); }));
  document.addEventListener("change", (event) => {
    const box = event.target;
    if (box.id === "accept-marks" && !box.classList.contains("accept-mark")) markBoxes().forEach((line) => { line.checked = box.checked; });
    else if (box.classList && box.classList.contains("accept-mark")) allBox();
    else return;
    if (sign) sign.disabled = !allConfirmed();
  });
  // A marked line edited in place: its words replace the marked sentence (and its mark) in the note,
  // and the note is saved, so what signing attests is read again without that line.
  const MARK = /^[ \t]*\(as said; review\)/;
  function replaceMarked(sentence, words) {
    for (const area of ["subjective", "objective", "assessment", "plan"].map((name) => form[name])) {
      for (let at = area.value.indexOf(sentence); at >= 0; at = area.value.indexOf(sentence, at + 1)) {
        const after = area.value.slice(at + sentence.length);
        const mark = after.match(MARK);
        if (mark) {
          area.value = area.value.slice(0, at) + words + after.slice(mark[0].length);
          return true;
        }
      }
    }
    return false;
  }
  document.addEventListener("click", async (event) => {
    const opener = event.target.closest("button.edit-mark");
    if (opener) {
      const box = document.getElementById(`edit-mark-${opener.dataset.mark}`);
      box.hidden = !box.hidden;
      opener.setAttribute("aria-expanded", String(!box.hidden));
      if (!box.hidden) box.querySelector("textarea").focus();
      return;
    }
    const use = event.target.closest("button.use-edit");
    if (!use) return;
    const line = document.getElementById(`mark-${use.dataset.mark}`);
    const sentence = line.querySelector("input.accept-mark").value;
    const words = document.getElementById(`edit-mark-text-${use.dataset.mark}`).value.trim();
    if (!words) { status("Not saved: the line is empty. Write what it should say, or accept it as written."); return; }
    if (!replaceMarked(sentence, words)) { status("Not saved: that line is no longer in the note as marked; save the note to see the lines left."); return; }
    use.disabled = true;
    try {
      await save();
      await recode();
      const left = markBoxes().length;
      status(`Line edited and saved.${left ? ` ${left} marked line${left === 1 ? "" : "s"} left to accept or edit.` : " No marked lines left."}`);
    } catch (error) { status(`Not saved: ${error.message}`); use.disabled = false; }
  });
  // What was attested, said with the signature: '... Date of service: 12/05/2026; 97110 GP: 2 units ...'.
  const attested = () => [...document.querySelectorAll("#attests-lines li")].map((li) => li.textContent).join("; ");
  if (sign) sign.addEventListener("click", async () => {
    if (sign.disabled || !allConfirmed()) return;
    sign.disabled = true;
    try {
      await save();
      if (!allConfirmed()) {
        const left = markBoxes().filter((box) => !box.checked).map((box) => box.value);
        status(`Not signed: accept or edit each line still marked for review first: ${left.join("; ")}.`);
        return;
      }
      const acknowledged = confirms.map((box) => box.value);
      const signed = await call("POST", `/api/v1/notes/${note}/sign`, { acknowledged_warnings: acknowledged, accepted_review_marks: acceptedMarks() }, `sign-${once}`);
      document.getElementById("note-status").textContent = statusWords(signed.status);
      const said = attested();
      status((signed.status === "signed" ? "Signed. The charges are created." : "Signed; waiting for the supervising therapist's co-signature.") + (said ? ` ${said}.` : ""));
      await lock();
    } catch (error) { status(`Not signed: ${error.message}`); once = newKey(); sign.disabled = !allConfirmed(); }
  });
  const cosign = document.getElementById("cosign");
  if (cosign) cosign.addEventListener("click", async () => {
    if (cosign.disabled) return;
    cosign.disabled = true;
    try {
      const signed = await call("POST", `/api/v1/notes/${note}/cosign`, undefined, `cosign-${once}`);
      document.getElementById("note-status").textContent = statusWords(signed.status);
      const said = attested();
      status(`Co-signed. The charges are created.${said ? ` ${said}.` : ""}`);
      await lock();
    } catch (error) { status(`Not co-signed: ${error.message}`); once = newKey(); cosign.disabled = false; }
  });
  // A fact's link marks its words in the transcript (the anchor alone scrolls there without script).
  document.querySelectorAll("a.fact").forEach((link) => link.addEventListener("click", () => {
    document.querySelectorAll("mark.active").forEach((m) => m.classList.remove("active"));
    const mark = document.getElementById(`ev-${link.dataset.fact}`);
    if (mark) mark.classList.add("active");
  }));
  form.dataset.ready = "yes";
})();
