// The assistant's chat panel over /ws/assistant: the reply streams in word by word; a proposed booking,
// cancellation or move shows Confirm and Cancel, and only Confirm writes it. Only the latest proposal
// can be confirmed: the server withdraws a proposal once anything else is said, so its buttons are
// disabled then too (a stale Confirm would only be refused).
(() => {
  "use strict";
  const form = document.getElementById("ask");
  if (!form) return;
  const log = document.getElementById("log");
  const input = document.getElementById("text");
  const status = (text) => { document.getElementById("chat-status").textContent = text; };
  const LINKS = {
    patient: (id) => `/patients/${id}`,
    appointment: (id) => `/appointments/${id}`,
    provider: (id) => `/calendar?provider=${id}`,
    claim: (id) => `/billing/claims/${id}`,
  };
  let socket = null;
  let conversation = null;
  let current = null;  // the reply being streamed
  let armed = null;  // the buttons of the one proposal that can still be confirmed

  function disarm(why) {
    if (!armed) return;
    armed.buttons.forEach((b) => { b.disabled = true; });
    if (why) {
      const note = document.createElement("span");
      note.className = "muted withdrawn";
      note.textContent = why;
      armed.bar.append(note);
    }
    armed = null;
  }

  function add(role, text) {
    const item = document.createElement("li");
    item.className = `msg ${role}`;
    const who = document.createElement("span");
    who.className = "sr";
    who.textContent = role === "user" ? "You: " : "Assistant: ";
    const body = document.createElement("p");
    body.textContent = text;
    item.append(who, body);
    log.append(item);
    item.scrollIntoView({ block: "end" });
    return item;
  }

  function citations(item, cites) {
    const links = (cites || []).filter((c) => c.id != null && LINKS[c.type]);
    if (!links.length) return;
    const list = document.createElement("p");
    list.className = "cites";
    list.append("Sources: ");
    links.forEach((c, i) => {
      const a = document.createElement("a");
      a.href = LINKS[c.type](c.id);
      a.textContent = c.label || `${c.type} ${c.id}`;
      if (i) list.append(", ");
      list.append(a);
    });
    item.append(list);
  }

  function proposal(item, offer) {
    const bar = document.createElement("div");
    bar.className = "controls proposal";
    const yes = document.createElement("button");
    yes.type = "button"; yes.className = "primary"; yes.textContent = "Confirm";
    const no = document.createElement("button");
    no.type = "button"; no.textContent = "Cancel";
    disarm("Replaced by the newer proposal below.");
    yes.addEventListener("click", () => { disarm(); send({ confirm: offer.token, conversation_id: conversation }); });
    no.addEventListener("click", () => { disarm(); add("user", "No"); send({ text: "no", conversation_id: conversation }); });
    bar.append(yes, no);
    item.append(bar);
    armed = { bar, buttons: [yes, no] };
    yes.focus();
  }

  function connect() {
    return new Promise((resolve, reject) => {
      const scheme = location.protocol === "https:" ? "wss" : "ws";
      const ws = new WebSocket(`${scheme}://${location.host}/ws/assistant`);
      ws.onopen = () => { socket = ws; status(""); resolve(ws); };
      ws.onerror = () => reject(new Error("the assistant cannot be reached"));
      ws.onclose = () => { socket = null; };
      ws.onmessage = (event) => receive(JSON.parse(event.data));
    });
  }

  function receive(data) {
    if (data.error) {
      (current || add("assistant", "")).querySelector("p").textContent = `Refused: ${data.error}`;
      current = null;
      if (data.status === 401) location.href = `/login?next=${encodeURIComponent(location.pathname)}`;
      return;
    }
    if (!current) current = add("assistant", "");
    const text = current.querySelector("p");
    if (data.delta) { text.textContent += data.delta; return; }
    if (data.done) {
      text.textContent = data.answer;
      conversation = data.conversation_id ?? conversation;
      citations(current, data.citations);
      if (data.proposal) proposal(current, data.proposal);
      current = null;
      form.querySelector("button").disabled = false;
      status("");
    }
  }

  async function send(message) {
    try {
      const ws = socket || await connect();
      status("The assistant is answering…");
      ws.send(JSON.stringify(message));
    } catch (error) {
      status(`Not sent: ${error.message}. Check the connection and try again.`);
      form.querySelector("button").disabled = false;
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    disarm("Withdrawn: a new message was sent, so this can no longer be confirmed.");
    add("user", text);
    input.value = "";
    form.querySelector("button").disabled = true;
    send({ text, conversation_id: conversation });
  });
  form.dataset.ready = "yes";
})();
