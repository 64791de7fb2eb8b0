// An uploaded recording's transcription, as the recorder's Stop shows a live one's: the server's own
// count (GET /api/v1/transcription-jobs/{id}) of the piece being heard of how many, the audio left and the time to
// the end, asked every second; once the job is done or failed the page is loaded again to show it.
(() => {
  "use strict";
  const line = document.getElementById("job-status");
  if (!line) return;
  const job = line.dataset.job;
  const bar = document.getElementById("job-progress");
  const left = document.getElementById("job-left");
  const clock = (s) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, "0")}`;

  // "piece 2 of 5, 3 after it" says what is left after the piece being heard. Until a piece is done the
  // share reads 0 % for as long as the first piece takes (minutes on a busy machine): the line says the
  // first piece is being heard instead, and the bar runs without a value.
  function shown(m) {
    const done = `${Math.round(m.share * 100)} % done`;
    if (m.status === "queued") return `Waiting for the transcriber (another recording is ahead of this one). ${done}.`;
    const audio = m.seconds_left !== null && m.seconds_total !== null
      ? `: ${clock(m.seconds_left)} of ${clock(m.seconds_total)} of audio left` : "";
    if (!(m.part > 1)) {
      const first = m.parts > 1 ? `Hearing the first piece of ${m.parts} (${m.parts - 1} after it)`
        : m.parts === 1 ? "Hearing the recording, in one piece" : "Hearing the first piece";
      const said = m.share > 0 ? ` (${done})` : "";
      return `${first}${audio}${said}.`;
    }
    const eta = m.eta_seconds !== null ? `, about ${clock(m.eta_seconds)} to go` : "";
    const after = m.parts > m.part ? `${m.parts - m.part} after it` : "the last";
    return `Transcribing piece ${m.part} of ${m.parts}, ${after}${audio} (${done})${eta}.`;
  }

  async function ask() {
    try {
      const reply = await fetch(`/api/v1/transcription-jobs/${job}`, { headers: { Accept: "application/json" } });
      if (!reply.ok) return setTimeout(ask, 3000);
      const m = await reply.json();
      if (m.status === "done" || m.status === "failed") { location.reload(); return; }
      if (m.status === "running" && !(m.part > 1) && !(m.share > 0)) {
        bar.removeAttribute("value");
        bar.textContent = "the first piece is being heard";
      } else {
        bar.value = m.share;
        bar.textContent = `${Math.round(m.share * 100)} %`;
      }
      left.textContent = shown(m);
      document.getElementById("job-state").textContent = "";
      line.dataset.part = m.part ?? "";
      line.dataset.parts = m.parts ?? "";
      setTimeout(ask, 1000);
    } catch (error) { setTimeout(ask, 3000); }
  }
  ask();
})();
