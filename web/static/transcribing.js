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

  function shown(m) {
    const done = `${Math.round(m.share * 100)} % done`;
    if (m.status === "queued") return `Waiting for the transcriber (another recording is ahead of this one). ${done}.`;
    // "piece 2 of 5" says what is left; a recording heard in one piece names none ("piece 1 of 1 (0 left after it)")
    const parts = m.parts > 1 ? `Transcribing piece ${m.part} of ${m.parts}` : "Transcribing";
    const audio = m.seconds_left !== null && m.seconds_total !== null
      ? `: ${clock(m.seconds_left)} of ${clock(m.seconds_total)} of audio left` : "";
    const eta = m.eta_seconds !== null ? `, about ${clock(m.eta_seconds)} to go` : "";
    return `${parts}${audio} (${done})${eta}.`;
  }

  async function ask() {
    try {
      const reply = await fetch(`/api/v1/transcription-jobs/${job}`, { headers: { Accept: "application/json" } });
      if (!reply.ok) return setTimeout(ask, 3000);
      const m = await reply.json();
      if (m.status === "done" || m.status === "failed") { location.reload(); return; }
      bar.value = m.share;
      bar.textContent = `${Math.round(m.share * 100)} %`;
      left.textContent = shown(m);
      document.getElementById("job-state").textContent = "";
      line.dataset.part = m.part ?? "";
      line.dataset.parts = m.parts ?? "";
      setTimeout(ask, 1000);
    } catch (error) { setTimeout(ask, 3000); }
  }
  ask();
})();
