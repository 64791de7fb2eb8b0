// Live recording: MediaRecorder (WebM/Opus, half-second chunks) over the visit's audio WebSocket.
// Every chunk is kept here until the server acknowledges it (it is then on the server's disk), so a
// dropped connection resends only what was not acknowledged, after resuming the same recording.
(() => {
  "use strict";
  const box = document.getElementById("recorder");
  if (!box) return;
  const visit = box.dataset.visit;
  const kind = box.dataset.kind || "live"; // "dictation": the clinician alone, after the visit
  const $ = (id) => document.getElementById(id);
  const status = (text) => { $("status").textContent = text; };
  let recorder, stream, socket, recordingId = null, seq = 0, started = 0, pausedFor = 0, pausedAt = 0;
  let pending = new Map(), ended = false, timer = null, meterTimer = null, tries = 0;
  let chain = Promise.resolve(); // chunks are read in order, and the end goes after the last one

  const minutes = (s) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, "0")}`;
  const elapsed = () => (Date.now() - started - pausedFor - (pausedAt ? Date.now() - pausedAt : 0)) / 1000;

  function frame(n, payload) {
    const out = new Uint8Array(4 + payload.byteLength);
    new DataView(out.buffer).setUint32(0, n);
    out.set(new Uint8Array(payload), 4);
    return out;
  }

  function addSegments(segments, final) {
    const list = $("transcript");
    const none = $("no-recording");  // "No recording yet" on the record page, until words come
    if (none && segments.length) none.hidden = true;
    if (final) list.replaceChildren();
    for (const s of segments) {
      const item = document.createElement("li");
      const who = document.createElement("strong");
      who.textContent = (s.speaker || "…") + ": ";
      item.append(who, document.createTextNode(s.text));
      list.append(item);
    }
  }

  // The server's own account of the job (never a timer here): the piece the transcriber is hearing of
  // how many, and seconds of audio left where it knows the recording's length, else the share done.
  // "piece 2 of 5, 3 after it" says what is left after the piece being heard; until a piece is done the
  // share would read 0 % for as long as the first piece takes, so the line says it is being heard.
  function showProgress(m) {
    const bar = $("left");
    bar.hidden = false;
    const first = !(m.part > 1);
    if (m.job.status === "running" && first && !(m.share > 0)) {
      bar.removeAttribute("value");
      bar.textContent = "the first piece is being heard";
    } else {
      bar.value = m.share;
      bar.textContent = `${Math.round(m.share * 100)} %`;
    }
    const share = `${Math.round(m.share * 100)} % done`;
    const after = m.parts > m.part ? `${m.parts - m.part} after it` : "the last";
    const piece = !first ? ` (piece ${m.part} of ${m.parts}, ${after})`
      : m.parts > 1 ? `: hearing the first piece of ${m.parts} (${m.parts - 1} after it)`
      : m.parts === 1 ? ": hearing it, in one piece" : ": hearing the first piece";
    const audio = m.seconds_left !== null
      ? `${first ? "," : ":"} ${minutes(m.seconds_left)} of ${minutes(m.seconds_total)} of audio left` : "";
    const done = audio ? (first && !(m.share > 0) ? "" : ` (${share})`)
      : !first ? `: ${share}` : m.share > 0 ? `, ${share}` : "";
    if (m.job.status === "queued") {
      status("Recording saved. Waiting for the transcriber (another recording is ahead of this one)…");
    } else {
      status(`Transcribing the rest${piece}${audio}${done}.`);
    }
    $("left").dataset.part = m.part ?? "";
    $("left").dataset.parts = m.parts ?? "";
  }

  function connect() {
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    socket = new WebSocket(`${scheme}://${location.host}/ws/visits/${visit}/audio`);
    socket.binaryType = "arraybuffer";
    socket.onopen = () => {
      tries = 0;
      socket.send(JSON.stringify(recordingId === null ? { type: "start", format: "webm", kind } : { type: "resume", recording_id: recordingId }));
    };
    socket.onmessage = (event) => {
      const m = JSON.parse(event.data);
      if (m.type === "ready") {
        recordingId = m.recording_id;
        for (const [n, data] of [...pending]) if (n < m.next_seq) pending.delete(n);
        for (const [n, data] of pending) socket.send(frame(n, data));
        if (ended) socket.send(JSON.stringify({ type: "end" }));
      } else if (m.type === "ack") {
        pending.delete(m.seq);
      } else if (m.type === "partial") {
        addSegments(m.segments.map((s) => ({ ...s, speaker: "" })), false);
      } else if (m.type === "queued") {
        status("Recording saved. Waiting for the transcriber…");
      } else if (m.type === "progress") {
        showProgress(m);
      } else if (m.type === "transcript") {
        $("left").hidden = true;
        addSegments(m.transcript.segments, true);
        status(`Transcript ready: ${m.transcript.segments.length} segments, ${minutes(m.transcript.duration)} of audio.`);
        $("draft").hidden = false;
        $("draft").focus();
      } else if (m.type === "error") {
        status(`The server refused: ${m.detail}`);
      }
    };
    socket.onclose = () => {
      if ($("draft").hidden === false) return;
      if (!recordingId && !ended) return;
      const kept = `${minutes(elapsed())} recorded, ${pending.size} chunk(s) waiting to be sent`;
      status(`Connection lost (${kept}); everything acknowledged is saved on the server. Reconnecting…`);
      tries += 1;
      setTimeout(connect, Math.min(1000 * tries, 10000));
    };
  }

  // Why the browser gave no microphone, in words (getUserMedia's errors are names like NotFoundError).
  const MICROPHONE_REFUSED = {
    NotAllowedError: "The browser was not allowed to use the microphone. Allow it in the browser's site settings and try again",
    SecurityError: "The browser was not allowed to use the microphone. Allow it in the browser's site settings and try again",
    NotFoundError: "No microphone was found. Plug one in or choose one in the computer's sound settings, then try again",
    OverconstrainedError: "No microphone was found that can record here. Choose another in the computer's sound settings, then try again",
    NotReadableError: "The microphone is in use by another program or could not be started. Close that program and try again",
    AbortError: "The microphone could not be started. Try again, or restart the browser",
  };

  async function start() {
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: { channelCount: 1, echoCancellation: false, noiseSuppression: true } });
    } catch (error) {
      const why = MICROPHONE_REFUSED[error && error.name] || "The microphone could not be started. Try again, or upload a recording of the session";
      status(`${why}; nothing was recorded.`);
      return;
    }
    const context = new AudioContext();
    const analyser = context.createAnalyser();
    analyser.fftSize = 1024;
    context.createMediaStreamSource(stream).connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    meterTimer = setInterval(() => {
      analyser.getFloatTimeDomainData(samples);
      let sum = 0;
      for (const v of samples) sum += v * v;
      $("level").value = Math.min(1, Math.sqrt(sum / samples.length) * 4);
    }, 100);
    recorder = new MediaRecorder(stream, { mimeType: "audio/webm;codecs=opus" });
    recorder.ondataavailable = (event) => {
      if (!event.data.size) return;
      chain = chain.then(async () => {
        const data = await event.data.arrayBuffer();
        const n = seq++;
        pending.set(n, data);
        if (socket && socket.readyState === WebSocket.OPEN && recordingId !== null) socket.send(frame(n, data));
      });
    };
    recorder.onstop = () => {
      ended = true;
      clearInterval(meterTimer);
      stream.getTracks().forEach((t) => t.stop());
      chain = chain.then(() => {
        if (socket.readyState === WebSocket.OPEN && recordingId !== null) socket.send(JSON.stringify({ type: "end" }));
      });
    };
    connect();
    recorder.start(500);
    started = Date.now();
    timer = setInterval(() => { $("elapsed").value = minutes(elapsed()); }, 500);
    status("Recording.");
    $("record").disabled = true;
    $("pause").disabled = false;
    $("stop").disabled = false;
  }

  $("record").addEventListener("click", start);
  $("pause").addEventListener("click", () => {
    if (recorder.state === "recording") {
      recorder.pause();
      pausedAt = Date.now();
      $("pause").textContent = "Resume";
      status("Paused. Nothing is recorded until you resume.");
    } else {
      recorder.resume();
      pausedFor += Date.now() - pausedAt;
      pausedAt = 0;
      $("pause").textContent = "Pause";
      status("Recording.");
    }
  });
  $("stop").addEventListener("click", () => {
    clearInterval(timer);
    $("pause").disabled = true;
    $("stop").disabled = true;
    status("Stopping…");
    recorder.stop();
  });
  $("draft").addEventListener("click", async (event) => {
    // In a form (the record page): the form posts it, and works with a transcript shown on opening.
    if ($("draft").form) { status("Drafting the note…"); return; }
    event.preventDefault();
    $("draft").disabled = true;
    status("Drafting the note…");
    const reply = await fetch(`/api/v1/visits/${visit}/draft`, {
      method: "POST", headers: { "Content-Type": "application/json" }, body: "{}",
    });
    const body = await reply.json();
    if (!reply.ok) { status(`Could not draft: ${body.detail}`); $("draft").disabled = false; return; }
    location.href = `/notes/${body.note.id}/review`;
  });
})();
