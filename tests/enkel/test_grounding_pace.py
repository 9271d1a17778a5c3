"""Timed grounding steps come when their time comes, with nothing printed in between:
no countdown, no redraw, nothing a screen reader would read again."""

from __future__ import annotations

import io
import os
import sys
from types import SimpleNamespace

import pytest

from tests.enkel.walks import NOW

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="select needs a POSIX pipe")


def test_timed_steps_print_nothing_between_them():
    from tryggsti.domain.content import GroundingScript, GroundingStep
    from tryggsti.enkel import grounding
    from tryggsti.enkel.output import Reader, Terminal

    script = GroundingScript(
        id="prove",
        title="Prøve",
        kind="mental",
        summary="",
        intro="Se deg rundt.",
        closing="Kjenn etter.",
        steps=(GroundingStep("Se på døra.", 1), GroundingStep("Kjenn føttene.", 1)),
    )
    read_end, write_end = os.pipe()
    # Answers before the steps (rating, pace) and after them (rating); none during.
    os.write(write_end, b"5\n2\n")
    out = io.StringIO()
    with open(read_end, "rb", buffering=0) as stream:
        terminal = Terminal(out, Reader(stream), interactive=False)
        app = SimpleNamespace(
            terminal=terminal,
            library=SimpleNamespace(grounding={"prove": script}),
            session=None,
            now=lambda: NOW,
        )
        # The after-rating arrives once both steps were shown: written when asked.
        original_ask = terminal.ask

        def ask(prompt):
            if "uroen" in prompt and "Steg 2 av 2" in out.getvalue():
                os.write(write_end, b"3\n")
            return original_ask(prompt)

        terminal.ask = ask
        grounding.play(app, "prove")
    os.close(write_end)
    text = out.getvalue()
    first = text.index("Steg 1 av 2")
    second = text.index("Steg 2 av 2")
    between = text[first:second]
    assert between.strip().splitlines() == ["Steg 1 av 2", "Se på døra."]
    after = text[second : text.index("Kjenn etter.")]
    assert after.strip().splitlines() == ["Steg 2 av 2", "Kjenn føttene."]
    assert "Uroen gikk ned fra 5 til 3" in text
