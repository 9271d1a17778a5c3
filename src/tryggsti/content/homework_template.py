"""The homework template a therapist fills in: every topic and grounding id listed as comments."""

from __future__ import annotations

from datetime import date, timedelta

from tryggsti.domain.content import ContentLibrary

TEMPLATE = """\
# Hjemmeoppgave fra tryggsti. Fyll inn, lagre, og sjekk med: tryggsti lekse sjekk {name}
# Klienten legger den inn med: tryggsti lekse importer {name}
# Linjer som begynner med # er kommentarer. Se docs/lekse.md for alle nøkler.
# Vanlige nøkler står først; tabellene [[jording]] og [[skjema]] kommer til slutt.

terapeut = "Navnet ditt (kan fjernes)"
melding = \"\"\"
En kort hilsen til pasienten: hva dere ble enige om, og hva som er viktigst.
\"\"\"
start = {start}
frist = {due}

# Emner å lese (id-er fra listen nederst).
emner = ["trygghet", "jording"]

# Forpliktelser å prøve. De legges inn hos pasienten med fristen over.
forpliktelser = [
  "Ring en venn før fredag.",
]

# Dager med innsjekk per uke (fjern linjen hvis du ikke vil ha det med).
innsjekk_per_uke = 5

# Jording å øve på, og hvor mange ganger i uka. Kopier blokken for flere.
[[jording]]
id = "kaldt-vann"
ganger_per_uke = 3

# Spørreskjema å fylle ut, for eksempel ved start og slutt.
[[skjema]]
id = "soc13"
naar = "start"

{topics}
{grounding}
{questionnaires}"""


def template_text(library: ContentLibrary, today: date, name: str = "lekse.toml") -> str:
    topics = "\n".join(
        f"#   {topic.id:<26} {topic.number:>3}. {topic.title}"
        for topic in library.topics_in_order()
    )
    grounding = "\n".join(
        f"#   {script.id:<26} ({kind}) {script.title}"
        for kind, scripts in library.grounding_by_kind().items()
        for script in scripts
    )
    questionnaires = "\n".join(f"#   {q.id:<26} {q.name}" for q in library.questionnaires.values())
    return TEMPLATE.format(
        name=name,
        start=today.isoformat(),
        due=(today + timedelta(days=14)).isoformat(),
        topics="# Emner (id, nummer og tittel):\n" + topics,
        grounding="\n# Jordingsøvelser (id, type og tittel):\n" + grounding,
        questionnaires="\n# Spørreskjema:\n" + questionnaires + "\n",
    )
