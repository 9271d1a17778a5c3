"""Starting the app from the command line."""

from __future__ import annotations

from tryggsti.paths import default_vault_path


def run_app(args) -> int:
    from tryggsti.config import configured_content_dirs, load_config
    from tryggsti.ui.without_tls import asyncio_without_tls

    with asyncio_without_tls():
        from tryggsti.ui.app import TryggstiApp

    config = load_config()
    extra = configured_content_dirs(config.content_dirs, args.innhold)
    app = TryggstiApp(vault_path=default_vault_path(args.vault), content_dirs=extra, config=config)
    app.run()
    if app.saved_elsewhere is not None:
        from tryggsti.strings import t

        print(t("unsaved_quit.saved_as", path=app.saved_elsewhere))
    return app.return_code or 0
