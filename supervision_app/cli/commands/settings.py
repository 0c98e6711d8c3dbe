"""``settings`` and ``settings set KEY VALUE``: the user's settings in the vault.

The keys are the declared settings (``core/cpd/settings.py`` ``SETTINGS_DOC``, so a setting
declared there appears here with nothing else to change), plus ``name``: the name or
initials you sign supervision records and export under. A value is read by the type of
the setting's default: a list takes commas or several values, a registration year end
takes a day and month ("30 Nov", "30/11"), a date any form ``cpd``'s dates take.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from supervision_app.cli.common import (
    UsageError,
    add_actions,
    add_command,
    note,
    open_vault,
    print_json,
)
from supervision_app.core.cpd.settings import SETTINGS_DOC, CpdSettings
from supervision_app.core.dates import parse_uk_date
from supervision_app.core.vault_settings import SETTINGS as VAULT_SETTINGS
from supervision_app.core.vault_settings import value_of

if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault

#: The name each stored key goes by on the command line (the rest keep their own).
ALIASES = {"cpd_year_end": "year_end"}
NAME_DOC = "Your name or initials, as you sign supervision records and export (text)."
#: A leap year, so a year end of 29 February can be read.
_ANY_YEAR = dt.date(2024, 1, 1)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def keys() -> dict[str, str]:
    """Command-line key -> stored key ("name" is the owner's name, stored apart)."""
    return {
        "name": "name",
        **{ALIASES.get(k, k): k for k in SETTINGS_DOC},
        **{k: k for k in VAULT_SETTINGS},  # core/vault_settings.py (backups_kept)
    }


def _doc(key: str) -> str:
    if key in VAULT_SETTINGS:
        return VAULT_SETTINGS[key].doc
    return NAME_DOC if key == "name" else SETTINGS_DOC[keys()[key]]


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    listing = "\n".join(f"  {k:<18}{_doc(k)}" for k in keys())
    settings = add_command(
        subparsers,
        "settings",
        summary="show or change your settings (name, registration year end, never-export list…)",
        description="Show your settings, or change one with 'settings set KEY VALUE'.\n\n"
        f"keys:\n{listing}",
        epilog="examples:\n"
        "  supervision-journal settings\n"
        "  supervision-journal settings --json\n"
        '  supervision-journal settings set name "C. Davies"\n'
        '  supervision-journal settings set year_end "30 Nov"\n'
        '  supervision-journal settings set never_export "Heron Court, Kestrel"\n'
        "  supervision-journal settings set never_export Heron Kestrel",
        handler=_show,
    )
    settings.add_argument("--json", action="store_true", help="print JSON (shape in docs/cli.md)")
    actions = add_actions(settings, "settings_action")
    put = add_command(
        actions,
        "set",
        summary="change one setting",
        description=f"Change one setting.\n\nkeys:\n{listing}",
        handler=_set,
    )
    put.add_argument("key", metavar="KEY", help="the setting (see above)")
    put.add_argument(
        "values",
        nargs="*",
        metavar="VALUE",
        help="its value; a list takes several values or one with commas ('' empties it)",
    )


def settings_json(vault: Vault) -> dict[str, Any]:
    """The JSON shape of ``settings --json``: each key with its stored value."""
    stored = vault.cpd_settings.load().to_values()
    shown: dict[str, Any] = {"name": vault.supervision.owner.name()}
    for key, store_key in keys().items():
        if key in VAULT_SETTINGS:
            shown[key] = value_of(VAULT_SETTINGS[key], vault.settings.get)
        elif key != "name":
            shown[key] = stored.get(store_key)
    return shown


def _shown(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "-"
    if isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) for v in value):
        return f"{value[1]} {_MONTHS[value[0] - 1]}"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}={v}" for k, v in value.items()) or "-"
    return str(value)


def _show(args: argparse.Namespace) -> int:
    with open_vault(args) as vault:
        shown = settings_json(vault)
    if args.json:
        print_json(shown)
        return 0
    for key, value in shown.items():
        print(f"{key + ':':<19}{_shown(value)}")
    return 0


def parse_value(key: str, texts: list[str], default: Any, current: Any, doc: str = "") -> Any:
    """The value ``texts`` give ``key``, shaped like its ``default``.

    A mapping (a role or a date per regulator) takes ``NAME=VALUE`` pairs, or a JSON object,
    merged into ``current``; ``NAME=`` removes one. Dates in it may be typed in any UK form.
    """
    joined = " ".join(texts).strip()
    if isinstance(default, dict):
        return _parse_mapping(key, texts, joined, current if isinstance(current, dict) else {})
    if isinstance(default, list):
        if len(default) == 2 and all(isinstance(v, int) for v in default):
            day = parse_uk_date(joined, _ANY_YEAR)
            if day is None:
                raise UsageError(f"'{joined}' is not a day and month for {key}, e.g. 30 Nov.")
            return [day.month, day.day]
        return [part.strip() for text in texts for part in text.split(",") if part.strip()]
    if joined.lower() in ("", "none", "null", "-"):
        return None if default is None else ""
    if "YYYY-MM-DD" in doc:
        day = parse_uk_date(joined, dt.date.today())
        if day is None:
            raise UsageError(f"'{joined}' is not a date for {key}, e.g. 2026-04-01.")
        return day.isoformat()
    if isinstance(default, bool | int | float) and not isinstance(default, str):
        try:
            return json.loads(joined.lower())
        except ValueError:
            raise UsageError(f"'{joined}' is not a valid value for {key}.") from None
    return joined


def _parse_mapping(key: str, texts: list[str], joined: str, current: dict[str, Any]) -> Any:
    if joined.startswith("{"):
        try:
            return json.loads(joined)
        except ValueError:
            raise UsageError(f"'{joined}' is not a JSON object for {key}.") from None
    merged = dict(current)
    for pair in (p.strip() for text in texts for p in text.split(",")):
        name, equals, value = pair.partition("=")
        if not equals or not name.strip():
            raise UsageError(f"'{pair}' is not NAME=VALUE for {key}, e.g. scw=social_worker.")
        name, value = name.strip(), value.strip()
        if not value:
            merged.pop(name, None)
            continue
        day = parse_uk_date(value, dt.date.today())
        merged[name] = day.isoformat() if day is not None else value
    return merged


def _set(args: argparse.Namespace) -> int:
    key = args.key.strip().lower().replace("-", "_")
    known = keys()
    if key not in known:
        raise UsageError(f"'{args.key}' is not a setting; the keys are {', '.join(known)}.")
    with open_vault(args) as vault:
        if key == "name":
            vault.supervision.owner.set_name(" ".join(args.values))
        elif key in VAULT_SETTINGS:
            setting = VAULT_SETTINGS[key]
            text = " ".join(args.values).strip()
            if not text.isdigit() or setting.parse(int(text)) != int(text):
                raise UsageError(
                    f"'{text}' is not a valid value for {key}: a whole number from "
                    f"{setting.minimum} to {setting.maximum}."
                )
            vault.settings.set(key, int(text))
        else:
            store_key = known[key]
            values = vault.cpd_settings.load().to_values()
            values[store_key] = parse_value(
                key,
                args.values,
                CpdSettings().to_values().get(store_key),
                values.get(store_key),
                SETTINGS_DOC[store_key],
            )
            settings = CpdSettings.from_values(values)
            if store_key in settings.problems:
                raise UsageError(
                    f"'{' '.join(args.values)}' is not a valid value for {key}: "
                    f"{SETTINGS_DOC[store_key]}"
                )
            vault.cpd_settings.save(settings)
        value = settings_json(vault)[key]
    note(f"{key} is now {_shown(value)}.")
    return 0
