"""The HTML homework maker (docs/lag-hjemmeoppgave.html), generated from the content.

One self-contained file for a therapist on a locked-down PC: it opens offline in any
browser, lists our topics, grounding exercises and questionnaires, checks the homework with
the rules the checker uses (homework_file.rules(), embedded as data, never rewritten), shows
it as the patient will see it, saves hjemmeoppgave.toml with the browser's own download and
prints it on one A4 page. A Content-Security-Policy forbids every request.

Write it again after a content change:
    uv run python -m tryggsti.content.homework_maker docs/lag-hjemmeoppgave.html
(tests/unit/test_homework_maker.py fails while the committed file is out of date).
"""

from __future__ import annotations

import json
import sys
from html import escape
from importlib.resources import files
from pathlib import Path

from tryggsti.content.homework_file import QUESTIONNAIRE_KEYS, rules
from tryggsti.content.loader import load_library
from tryggsti.domain.content import ContentLibrary
from tryggsti.strings import lookup, t

FILE_NAME = "hjemmeoppgave.toml"
# The strings the page's script uses: the checker's own messages and the app's own words for
# a homework, so the preview and the problems read as in `lekse sjekk` and the app.
EXPECTED = (
    "text_too_long",
    "number",
    "due_before_start",
    "due_too_far",
    "date_range",
    "commitment_too_long",
    "too_many_commitments",
    "when",
)
SCREEN = ("heading", "from", "due", "topic", "grounding", "questionnaire", "commitment", "checkins")
MAKER = (
    "toml_comment",
    "times_a_week",
    "days_a_week",
    "nothing_yet",
    "problems",
    "not_saved",
    "saved",
    "missing_date",
    "date",
)
assert "naar" in QUESTIONNAIRE_KEYS  # the field the form calls «når»

STYLE = """
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Segoe UI", "Helvetica Neue", Arial, sans-serif;
       font-size: 11pt; color: #1d2326; line-height: 1.45; margin: 0; background: #f3f5f4; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.2rem 3rem; background: #fff; }
h1 { color: #1f5e49; font-size: 1.6rem; margin: 0.4rem 0; }
h2 { color: #1f5e49; font-size: 1.15rem; margin: 1.4rem 0 0.4rem;
     border-bottom: 1.5px solid #2a7d5f; }
fieldset { border: 1px solid #c9d1d3; border-radius: 4px; margin: 0.8rem 0;
           padding: 0.6rem 0.9rem; }
legend { font-weight: bold; padding: 0 0.3rem; }
label { display: block; margin: 0.5rem 0 0.15rem; font-weight: bold; }
.choice label, label.inline { display: inline; font-weight: normal; margin: 0; }
.choice { margin: 0.2rem 0; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: 0 1rem; }
input[type=text], textarea { width: 100%; font: inherit; padding: 0.3rem 0.4rem;
       border: 1px solid #7d8a8d; border-radius: 3px; }
input.small { width: 4.5rem; }
input.date { width: 9rem; }
textarea { min-height: 4.5rem; }
.hint { color: #4a5559; font-size: 0.92em; margin: 0.1rem 0 0.3rem; }
:focus { outline: 3px solid #b5542b; outline-offset: 2px; }
[aria-invalid=true] { border-color: #b5542b; background: #fbf1ec; }
button { font: inherit; padding: 0.45rem 1rem; margin: 0.8rem 0.6rem 0 0; border-radius: 4px;
         border: 1px solid #1f5e49; background: #2a7d5f; color: #fff; cursor: pointer; }
button.plain { background: #fff; color: #1f5e49; }
#feil { border-left: 4px solid #b5542b; background: #fbf1ec; padding: 0.5rem 0.9rem; }
#status { font-weight: bold; min-height: 1.5em; }
.notice { border-left: 4px solid #2a7d5f; background: #eef4f1; padding: 0.4rem 0.9rem; }
#forhandsvisning { border: 1px solid #c9d1d3; border-radius: 4px; padding: 0.5rem 1rem; }
#forhandsvisning h3 { margin: 0.2rem 0; }
#forhandsvisning .note { font-style: italic; }
#forhandsvisning .empty { color: #6b7679; }
.print-only { display: none; }
@page { size: A4; margin: 16mm; }
@media print {
  body { background: #fff; font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  .screen-only, form, #feil, #status { display: none !important; }
  .print-only { display: block; }
  #forhandsvisning { border: none; padding: 0; }
  #forhandsvisning li { break-inside: avoid; }
}
"""


def maker_data(library: ContentLibrary) -> dict:
    """Everything the page's script needs, as data generated from the loader."""
    text = {f"lekse.expected.{key}": t(f"lekse.expected.{key}") for key in EXPECTED}
    text.update({f"homework_screen.{key}": t(f"homework_screen.{key}") for key in SCREEN})
    text.update({f"maker.{key}": t(f"maker.{key}") for key in MAKER})
    text["lekse.kind.chars"] = t("lekse.kind.chars")
    grounding = [
        {"id": script.id, "title": script.title, "kind": kind}
        for kind, scripts in library.grounding_by_kind().items()
        for script in scripts
    ]
    return {
        "rules": rules(),
        "file_name": FILE_NAME,
        "topics": [
            {"id": topic.id, "number": topic.number, "title": topic.title}
            for topic in library.topics_in_order()
        ],
        "grounding": grounding,
        "questionnaires": [
            {"id": q.id, "name": q.name}
            for q in sorted(library.questionnaires.values(), key=lambda q: q.id)
        ],
        "weekdays": list(lookup("dates.weekdays")),
        "months": list(lookup("dates.months")),
        "text": text,
    }


def e(text: object) -> str:
    return escape(str(text), quote=True)


def _field(
    field_id: str, label: str, hint: str = "", *, classes: str = "", area: bool = False
) -> str:
    described = f' aria-describedby="{field_id}-hint"' if hint else ""
    hint_html = f'<p class="hint" id="{field_id}-hint">{e(hint)}</p>' if hint else ""
    css = f' class="{classes}"' if classes else ""
    if area:
        control = f'<textarea id="{field_id}" name="{field_id}"{described}></textarea>'
    else:
        control = (
            f'<input type="text" id="{field_id}" name="{field_id}"{css}{described}'
            ' autocomplete="off"/>'
        )
    return f'<label for="{field_id}">{e(label)}</label>{hint_html}{control}'


def _choice(kind: str, item_id: str, label: str) -> str:
    control_id = f"{kind}-{item_id}"
    return (
        f'<div class="choice"><input type="checkbox" id="{e(control_id)}"/> '
        f'<label class="inline" for="{e(control_id)}">{e(label)}</label></div>'
    )


def _grounding(data: dict) -> str:
    kinds: dict[str, list[dict]] = {}
    for script in data["grounding"]:
        kinds.setdefault(script["kind"], []).append(script)
    parts = []
    for kind, scripts in kinds.items():
        rows = "".join(
            f'<div class="choice"><input type="text" inputmode="numeric" class="small" '
            f'id="jording-{e(s["id"])}" aria-describedby="jording-hint"/> '
            f'<label class="inline" for="jording-{e(s["id"])}" data-name="{e(s["title"])}">'
            f"{e(s['title'])}</label></div>"
            for s in scripts
        )
        heading = e(t(f"grounding.kind_{kind}"))
        parts.append(f'<h3 class="hint">{heading}</h3><div class="grid">{rows}</div>')
    return "".join(parts)


def _form(data: dict) -> str:
    limits = data["rules"]
    low, high = limits["grounding_per_week"]
    fewest, most = limits["checkins_per_week"]
    topics = "".join(
        _choice("emne", topic["id"], f"{topic['number']}. {topic['title']}")
        for topic in data["topics"]
    )
    forms = "".join(
        _choice("skjema", q["id"], q["name"])
        + _field(f"naar-{q['id']}", t("maker.when_label"), t("maker.when_hint"))
        for q in data["questionnaires"]
    )
    who = [
        _field(
            "terapeut",
            t("maker.therapist"),
            t("maker.therapist_hint", limit=limits["therapist_limit"]),
        ),
        _field("start", t("maker.start"), t("maker.date_hint"), classes="date"),
        _field(
            "frist", t("maker.due"), t("maker.due_hint", days=limits["max_days"]), classes="date"
        ),
    ]
    commitments = _field(
        "forpliktelser",
        t("maker.commitments"),
        t(
            "maker.commitments_hint",
            limit=limits["commitment_limit"],
            most=limits["max_commitments"],
        ),
        area=True,
    )
    more = [
        _field(
            "innsjekk",
            t("maker.checkins"),
            t("maker.checkins_hint", low=fewest, high=most),
            classes="small",
        ),
        forms,
        _field(
            "melding", t("maker.note"), t("maker.note_hint", limit=limits["note_limit"]), area=True
        ),
    ]
    grounding_hint = e(t("maker.grounding_hint", low=low, high=high))
    return f"""
<form id="skjema" novalidate="novalidate">
<fieldset><legend>{e(t("maker.part_who"))}</legend>{"".join(who)}</fieldset>
<fieldset><legend>{e(t("maker.part_topics"))}</legend><div class="grid">{topics}</div></fieldset>
<fieldset><legend>{e(t("maker.part_grounding"))}</legend>
<p class="hint" id="jording-hint">{grounding_hint}</p>{_grounding(data)}</fieldset>
<fieldset><legend>{e(t("maker.part_commitments"))}</legend>{commitments}</fieldset>
<fieldset><legend>{e(t("maker.part_more"))}</legend>{"".join(more)}</fieldset>
<div class="screen-only">
<button type="submit" id="lagre">{e(t("maker.save"))}</button>
<button type="button" class="plain" id="skriv-ut">{e(t("maker.print"))}</button>
</div>
</form>"""


def render_maker(library: ContentLibrary) -> str:
    data = maker_data(library)
    payload = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1).replace("</", "<\\/")
    script = files("tryggsti.content").joinpath("homework_maker.js").read_text(encoding="utf-8")
    policy = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'"
    return f"""<!DOCTYPE html>
<html lang="nb"><head><meta charset="utf-8"/>
<meta http-equiv="Content-Security-Policy" content="{policy}"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{e(t("maker.title"))}</title><style>{STYLE}</style></head>
<body><main>
<h1>{e(t("maker.title"))}</h1>
<div class="screen-only">
<p>{e(t("maker.lead"))}</p>
<p class="notice">{e(t("maker.offline"))}</p>
</div>
{_form(data)}
<div id="feil" role="alert" tabindex="-1" hidden="hidden"></div>
<p id="status" role="status" aria-live="polite"></p>
<h2 class="screen-only">{e(t("maker.preview"))}</h2>
<p class="hint screen-only">{e(t("maker.preview_hint"))}</p>
<p class="print-only">{e(t("maker.print_lead"))}</p>
<div id="forhandsvisning" aria-live="polite"></div>
<script type="application/json" id="data">{payload}</script>
<script>{script}</script>
</main></body></html>
"""


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "docs/lag-hjemmeoppgave.html")
    out.write_text(render_maker(load_library(())), encoding="utf-8")
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
