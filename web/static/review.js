// The note editor: save a new version, then sign. Both go through the notes API as the logged-in user.
(() => {
  "use strict";
  const form = document.getElementById("note");
  if (!form) return;
  const note = form.dataset.note;
  const status = (text) => { document.getElementById("status").textContent = text; };

  function body() {
    const rows = [...form.querySelectorAll("#codes tbody tr")];
    return {
      subjective: form.subjective.value,
      objective: form.objective.value,
      assessment: form.assessment.value,
      plan: form.plan.value,
      services: rows.map((row) => ({
        code: row.querySelector("[name=code]").value.trim().toUpperCase(),
        minutes: Number(row.querySelector("[name=minutes]").value || 0),
      })).filter((s) => s.code),
      ai_assisted: true,
      change_summary: "edited on the review page",
    };
  }

  async function call(method, url, payload) {
    const reply = await fetch(url, {
      method, headers: { "Content-Type": "application/json" }, body: payload ? JSON.stringify(payload) : undefined,
    });
    const data = await reply.json().catch(() => ({}));
    if (!reply.ok) throw new Error(data.detail || `the server answered ${reply.status}`);
    return data;
  }

  async function save() {
    const saved = await call("PUT", `/api/v1/notes/${note}`, body());
    status(`Saved as version ${saved.version}.`);
    return saved;
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try { await save(); } catch (error) { status(`Not saved: ${error.message}`); }
  });
  const sign = document.getElementById("sign");
  if (sign) sign.addEventListener("click", async () => {
    try {
      await save();
      const signed = await call("POST", `/api/v1/notes/${note}/sign`);
      document.getElementById("note-status").textContent = signed.status.replace("_", " ");
      status(signed.status === "signed" ? "Signed. The charges are created." : "Signed; waiting for the supervising therapist's co-signature.");
      form.querySelectorAll("textarea, input").forEach((el) => { el.readOnly = true; });
      document.getElementById("save").disabled = true;
      sign.disabled = true;
    } catch (error) { status(`Not signed: ${error.message}`); }
  });
  form.dataset.ready = "yes";
})();
