"""Opening the vault in «enkel modus»: first run, unlock, and the recovery code."""

from __future__ import annotations

from tryggsti.domain.passphrase import MIN_LENGTH, choice_problem, strength
from tryggsti.enkel.output import Option
from tryggsti.error_messages import message_for
from tryggsti.services.session import VaultSession
from tryggsti.strings import t
from tryggsti.vault.errors import VaultError, WrongPassphrase, WrongRecoveryCode
from tryggsti.vault.recovery import GROUP, normalise_code

FORGOT_WORD = "glemt"


def open_vault(app):
    """The unlocked session; None when the person chose to leave."""
    if not app.vault_path.exists():
        return first_run(app)
    return unlock(app)


def unlock(app):
    """The prompt comes first; the vault's code is imported once a passphrase is typed
    (the key derivation after it takes far longer), so the first prompt is quick."""
    term = app.terminal
    term.heading(t("enkel.unlock_title"))
    term.paragraph(t("unlock.intro"))
    term.write(t("enkel.unlock_forgot", word=FORGOT_WORD))
    while True:
        passphrase = term.secret(t("unlock.placeholder"))
        if passphrase.strip().casefold() == FORGOT_WORD:
            return recover(app)
        if not passphrase:
            term.write(t("unlock.empty"))
            continue
        term.write(t("unlock.working"))

        try:
            return VaultSession.unlock(app.vault_path, passphrase, clock=app.clock)
        except WrongPassphrase:
            term.write(t("unlock.wrong"))  # the full app's unlock screen says the same
        except VaultError as error:  # damaged, too new, in use: said, and the exit code
            term.write(message_for(error))
            app.exit_code = error.exit_code
            return None


def choose_passphrase(term) -> str:
    """A new passphrase, typed twice, with the strength hint the full app shows."""
    while True:
        first = term.secret(t("welcome.placeholder"))
        if first:
            term.write(t(f"welcome.strength_{strength(first)}", minimum=MIN_LENGTH))
        second = term.secret(t("welcome.placeholder_again")) if len(first) >= MIN_LENGTH else ""
        problem = choice_problem(first, second)
        if problem is None:
            return first
        term.write(t(problem, minimum=MIN_LENGTH))


def first_run(app):
    term = app.terminal
    term.heading(t("welcome.title"))
    term.paragraph(t("welcome.body"))
    term.subheading(t("welcome.choose"))
    passphrase = choose_passphrase(term)
    term.write(t("welcome.working"))
    try:
        session, code = VaultSession.create(
            app.vault_path, passphrase, clock=app.clock, log_n=app.kdf_log_n
        )
    except VaultError as error:
        term.write(message_for(error))
        app.exit_code = error.exit_code
        return None
    show_recovery_code(app, code)
    return session


def show_recovery_code(app, code: str) -> None:
    """The code once, whole; read back in groups when asked; then the last four
    characters typed back, as the full app asks."""

    term = app.terminal
    term.heading(t("recovery_code.title"))
    term.paragraph(t("recovery_code.body"))
    term.write(code)
    term.blank()
    options = [
        Option("groups", t("enkel.code_in_groups")),
        Option("again", t("enkel.code_again")),
        Option("done", t("recovery_code.done")),
    ]
    plain_code = normalise_code(code) or code.replace("-", "")
    while True:
        choice = term.choose(options, back=False)
        if choice == "groups":
            groups = [plain_code[i : i + GROUP] for i in range(0, len(plain_code), GROUP)]
            for number, group in enumerate(groups, start=1):
                term.write(
                    t(
                        "enkel.code_group",
                        number=number,
                        count=len(groups),
                        characters=" ".join(group),
                    )
                )
                term.enter()
        elif choice == "again":
            term.write(code)
        else:
            typed = term.secret(t("recovery_code.confirm").rstrip(":"))
            if typed.strip().upper().replace("-", "")[-4:] == plain_code[-4:] and typed.strip():
                return
            term.write(t("recovery_code.mismatch"))


def recover(app):
    """The recovery code opens the vault, a new passphrase is chosen, and the new code
    is shown once (the old one opens nothing any more)."""

    term = app.terminal
    term.heading(t("recover.title"))
    term.paragraph(t("recover.body"))
    while True:
        code = term.secret(t("cli.ask_recovery_code").rstrip(": "))
        if not code.strip():
            return unlock(app)
        term.write(t("unlock.working"))
        try:
            session = VaultSession.recover(app.vault_path, code, clock=app.clock)
        except WrongRecoveryCode as error:
            term.write(message_for(error))
            continue
        except VaultError as error:
            term.write(message_for(error))
            app.exit_code = error.exit_code
            return None
        try:
            term.subheading(t("welcome.choose"))
            new_code = session.change_passphrase(choose_passphrase(term), log_n=app.kdf_log_n)
        except BaseException:
            session.close()
            raise
        term.paragraph(t("recover.done"))
        show_recovery_code(app, new_code)
        return session
