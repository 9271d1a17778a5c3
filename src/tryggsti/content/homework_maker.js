// The homework maker: a form that writes hjemmeoppgave.toml for `tryggsti lekse importer`.
// Every id, limit and message comes from the embedded data (generated from the loader and
// the string table); nothing here talks to a network.
"use strict";

const DATA = JSON.parse(document.getElementById("data").textContent);
const RULES = DATA.rules;
const $ = (id) => document.getElementById(id);

// «{count} {count:p:dag|dager}» as the string table writes it.
function fmt(key, values) {
  const template = DATA.text[key];
  if (template === undefined) throw new Error("missing string " + key);
  return template.replace(/\{(\w+)(?::p:([^|}]*)\|([^}]*))?\}/g, (_, name, one, many) => {
    const value = values ? values[name] : undefined;
    if (one !== undefined) return Number(value) === 1 ? one : many;
    return value === undefined ? "" : String(value);
  });
}

// Control characters out, as the checker's clean_text does; tabs and newlines kept in notes.
function clean(text, keepNewlines) {
  const kept = keepNewlines ? /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g : /[\u0000-\u001f\u007f-\u009f]/g;
  return text.replace(/\r\n?/g, "\n").replace(kept, keepNewlines ? "" : " ");
}

function parseDay(text) {
  const written = text.trim();
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(written);
  let year, month, day;
  if (match) {
    [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else {
    match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(written);
    if (!match) return null;
    [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return date;
}

const iso = (date) => date.toISOString().slice(0, 10);
const DAY_MS = 86400000;

function shownDay(day, other) {
  const d = day.getUTCDate(), m = day.getUTCMonth() + 1, y = day.getUTCFullYear();
  return y === other.getUTCFullYear() ? `${d}.${m}.` : `${d}.${m}.${y}`;
}

function longDay(date) {
  const weekday = DATA.weekdays[(date.getUTCDay() + 6) % 7];
  return `${weekday} ${date.getUTCDate()}. ${DATA.months[date.getUTCMonth()]}`;
}

function wholeNumber(text) {
  const written = text.trim();
  if (written === "") return { empty: true };
  if (!/^\d+$/.test(written)) return { bad: written };
  return { value: Number(written) };
}

// Everything the form holds, and every problem, in the order the checker reports them.
function read() {
  const problems = [];
  // A reason is the checker's own (lekse.expected.*) unless it names its table.
  const say = (field, reason, values) =>
    problems.push({ field, text: fmt(reason.includes(".") ? reason : "lekse.expected." + reason, values) });
  const homework = { topics: [], grounding: [], commitments: [], questionnaires: [] };

  homework.therapist = clean($("terapeut").value, false).trim();
  if (homework.therapist.length > RULES.therapist_limit) {
    say("terapeut", "text_too_long", { length: homework.therapist.length, limit: RULES.therapist_limit });
  }
  homework.note = clean($("melding").value, true).trim();
  if (homework.note.length > RULES.note_limit) {
    say("melding", "text_too_long", { length: homework.note.length, limit: RULES.note_limit });
  }

  const days = {};
  for (const key of ["start", "frist"]) {
    const written = $(key).value.trim();
    if (!written) { say(key, "maker.missing_date"); continue; }
    const day = parseDay(written);
    if (!day) { say(key, "maker.date", { value: written.slice(0, 40) }); continue; }
    if (iso(day) < RULES.earliest || iso(day) > RULES.latest) {
      say(key, "date_range", { low: RULES.earliest, high: RULES.latest });
      continue;
    }
    days[key] = day;
  }
  homework.start = days.start;
  homework.due = days.frist;
  if (days.start && days.frist) {
    const span = Math.round((days.frist - days.start) / DAY_MS);
    if (span < 0) {
      say("frist", "due_before_start", { due: shownDay(days.frist, days.start), start: shownDay(days.start, days.frist) });
    } else if (span > RULES.max_days) {
      say("frist", "due_too_far", {
        due: shownDay(days.frist, days.start), start: shownDay(days.start, days.frist),
        count: span, days: RULES.max_days,
      });
    }
  }

  for (const topic of DATA.topics) {
    if ($("emne-" + topic.id).checked) homework.topics.push(topic.id);
  }
  const [lowTimes, highTimes] = RULES.grounding_per_week;
  for (const script of DATA.grounding) {
    const times = wholeNumber($("jording-" + script.id).value);
    if (times.empty || times.value === 0) continue;
    if (times.bad !== undefined || times.value < lowTimes || times.value > highTimes) {
      say("jording-" + script.id, "number", { value: times.bad ?? times.value, low: lowTimes, high: highTimes });
      continue;
    }
    homework.grounding.push({ id: script.id, times: times.value });
  }

  const lines = clean($("forpliktelser").value, true).split("\n").map((line) => line.trim()).filter(Boolean);
  lines.forEach((line) => {
    if (line.length > RULES.commitment_limit) {
      say("forpliktelser", "commitment_too_long", { length: line.length, limit: RULES.commitment_limit });
    }
  });
  if (lines.length > RULES.max_commitments) {
    say("forpliktelser", "too_many_commitments", { limit: RULES.max_commitments, count: lines.length });
  }
  homework.commitments = lines;

  for (const form of DATA.questionnaires) {
    if (!$("skjema-" + form.id).checked) continue;
    const when = clean($("naar-" + form.id).value, false).trim();
    if (when.length > RULES.when_limit) {
      say("naar-" + form.id, "when", { limit: RULES.when_limit, found: fmt("lekse.kind.chars", { count: when.length }) });
      continue;
    }
    homework.questionnaires.push({ id: form.id, when });
  }

  const [lowCheckins, highCheckins] = RULES.checkins_per_week;
  const checkins = wholeNumber($("innsjekk").value);
  if (!checkins.empty && checkins.value !== 0) {
    if (checkins.bad !== undefined || checkins.value < lowCheckins || checkins.value > highCheckins) {
      say("innsjekk", "number", { value: checkins.bad ?? checkins.value, low: lowCheckins, high: highCheckins });
    } else {
      homework.checkinsPerWeek = checkins.value;
    }
  }
  return { homework, problems };
}

// A TOML basic string: quotes, backslashes and control characters escaped.
function tomlString(text) {
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0);
    if (char === '"') out += '\\"';
    else if (char === "\\") out += "\\\\";
    else if (char === "\n") out += "\\n";
    else if (char === "\t") out += "\\t";
    else if (code < 0x20 || code === 0x7f) out += "\\u" + code.toString(16).padStart(4, "0");
    else out += char;
  }
  return '"' + out + '"';
}

function toToml(homework) {
  const out = [fmt("maker.toml_comment"), ""];
  if (homework.therapist) out.push(`terapeut = ${tomlString(homework.therapist)}`);
  if (homework.note) out.push(`melding = ${tomlString(homework.note)}`);
  out.push(`start = ${iso(homework.start)}`, `frist = ${iso(homework.due)}`);
  out.push(`emner = [${homework.topics.map(tomlString).join(", ")}]`);
  out.push(`forpliktelser = [${homework.commitments.map(tomlString).join(", ")}]`);
  if (homework.checkinsPerWeek) out.push(`innsjekk_per_uke = ${homework.checkinsPerWeek}`);
  for (const practice of homework.grounding) {
    out.push("", "[[jording]]", `id = ${tomlString(practice.id)}`, `ganger_per_uke = ${practice.times}`);
  }
  for (const form of homework.questionnaires) {
    out.push("", "[[skjema]]", `id = ${tomlString(form.id)}`);
    if (form.when) out.push(`naar = ${tomlString(form.when)}`);
  }
  return out.join("\n") + "\n";
}

function byId(list, id) {
  return list.find((item) => item.id === id);
}

// The homework as the patient sees it in the app (Hjemmeoppgaver).
function showPreview(homework) {
  const preview = $("forhandsvisning");
  preview.replaceChildren();
  const add = (tag, text, className) => {
    const element = document.createElement(tag);
    element.textContent = text;
    if (className) element.className = className;
    preview.append(element);
    return element;
  };
  const who = homework.therapist ? fmt("homework_screen.from", { name: homework.therapist }) : "";
  const start = homework.start ? longDay(homework.start) : "…";
  add("h3", fmt("homework_screen.heading", { who, start }));
  if (homework.due) add("p", fmt("homework_screen.due", { day: longDay(homework.due) }));
  if (homework.note) add("p", homework.note, "note");
  const list = document.createElement("ul");
  const item = (text) => {
    const li = document.createElement("li");
    li.textContent = text;
    list.append(li);
  };
  for (const id of homework.topics) item(fmt("homework_screen.topic", { name: byId(DATA.topics, id).title }));
  for (const practice of homework.grounding) {
    const name = byId(DATA.grounding, practice.id).title;
    item(`${fmt("homework_screen.grounding", { name })} (${fmt("maker.times_a_week", { times: practice.times })})`);
  }
  for (const form of homework.questionnaires) {
    const name = byId(DATA.questionnaires, form.id).name;
    item(fmt("homework_screen.questionnaire", { name }) + (form.when ? ` (${form.when})` : ""));
  }
  for (const text of homework.commitments) item(fmt("homework_screen.commitment", { text }));
  if (homework.checkinsPerWeek) {
    item(`${fmt("homework_screen.checkins")} (${fmt("maker.days_a_week", { days: homework.checkinsPerWeek })})`);
  }
  if (list.children.length) preview.append(list);
  else add("p", fmt("maker.nothing_yet"), "empty");
}

function showProblems(problems) {
  const box = $("feil");
  box.replaceChildren();
  for (const field of document.querySelectorAll("[aria-invalid]")) field.removeAttribute("aria-invalid");
  if (!problems.length) { box.hidden = true; return; }
  box.hidden = false;
  const heading = document.createElement("p");
  heading.textContent = fmt("maker.problems", { count: problems.length });
  box.append(heading);
  const list = document.createElement("ul");
  for (const problem of problems) {
    const li = document.createElement("li");
    const field = $(problem.field);
    if (field) field.setAttribute("aria-invalid", "true");
    const label = document.querySelector(`label[for="${problem.field}"]`);
    li.textContent = `${label ? label.dataset.name || label.textContent.trim() : problem.field}: ${problem.text}`;
    list.append(li);
  }
  box.append(list);
}

function update() {
  const { homework, problems } = read();
  showPreview(homework);
  return { homework, problems };
}

function save() {
  const { homework, problems } = update();
  showProblems(problems);
  const status = $("status");
  if (problems.length) {
    status.textContent = fmt("maker.not_saved");
    $("feil").focus();
    return;
  }
  const blob = new Blob([toToml(homework)], { type: "application/toml" });
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = DATA.file_name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  status.textContent = fmt("maker.saved", { name: DATA.file_name });
}

document.getElementById("skjema").addEventListener("input", () => update());
document.getElementById("skjema").addEventListener("change", () => update());
$("skriv-ut").addEventListener("click", () => { update(); window.print(); });
document.getElementById("skjema").addEventListener("submit", (event) => { event.preventDefault(); save(); });
update();
