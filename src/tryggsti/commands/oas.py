"""`oas --svar ...`: score a paper OAS/SOC-13 form with the key from the content file."""

from __future__ import annotations

import json

from tryggsti.commands.common import UsageError, say
from tryggsti.content.loader import load_library
from tryggsti.domain.scoring import InvalidAnswers, score
from tryggsti.strings import t

QUESTIONNAIRE_ID = "soc13"


def register(commands, passphrase_parent) -> None:
    oas = commands.add_parser("oas", help=t("cli.oas_help"))
    oas.add_argument(
        "--svar", dest="answers", required=True, metavar="SVAR", help=t("cli.oas_answers_help")
    )
    oas.add_argument("--json", dest="as_json", action="store_true", help=t("cli.oas_json_help"))
    oas.set_defaults(handler=run)


def parse_answers(text: str) -> list[int]:
    parts = [part.strip() for part in text.replace(";", ",").replace(" ", ",").split(",")]
    answers = []
    for number, part in enumerate((p for p in parts if p), start=1):
        try:
            answers.append(int(part))
        except ValueError as error:
            raise UsageError(t("oas.not_a_number", number=number, value=part)) from error
    return answers


def run(args) -> int:
    questionnaire = load_library().questionnaires[QUESTIONNAIRE_ID]
    answers = parse_answers(args.answers)
    try:
        scores = score(questionnaire, answers)
    except InvalidAnswers as error:
        raise UsageError(t(f"oas.{error.reason}", **error.details)) from error
    if args.as_json:
        payload = {
            "instrument": questionnaire.id,
            "version": questionnaire.version,
            "answers": answers,
            "total": scores.total,
            "subscales": scores.subscales,
        }
        say(json.dumps(payload, ensure_ascii=False))
        return 0
    say(t("oas.total", total=scores.total, low=scores.total_min, high=scores.total_max))
    for subscale in questionnaire.subscales:
        value = scores.subscales[subscale.id]
        say(t("oas.part", name=subscale.name, value=value, low=subscale.min, high=subscale.max))
    say("")
    say(t("oas.note"))
    # The same gentle words after every result: the score never decides what is said.
    say("")
    say(t("oas.talk", talk_to=t("supporter.talk_to.ukjent")))
    return 0
