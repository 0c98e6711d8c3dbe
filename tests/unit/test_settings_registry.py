"""The one settings registry: declarations, typing of stored values, the CPD settings in it."""

from __future__ import annotations

import pytest

from supervision_app.core.cpd.settings import SETTINGS_DOC
from supervision_app.core.settings import Setting, declare, groups, registry, setting, typed


def test_cpd_settings_are_declared_in_the_registry() -> None:
    reg = registry()
    for key, doc in SETTINGS_DOC.items():
        assert reg[key].explanation == doc and not reg[key].generated
    assert {"theme", "lock_delay_minutes", "regulator", "spell_language"} <= set(reg)
    # Nothing about records in the app scope (QSettings): those stay in the vault.
    app_keys = {s.key for s in reg.values() if s.scope == "app"}
    assert not app_keys & {"practitioner_name", "never_export", "regulator"}
    assert list(groups("app")) == ["Appearance", "Security", "Writing"]


def test_values_are_typed_and_bad_ones_fall_back() -> None:
    assert setting("lock_delay_minutes").coerce("7") == (7, True)  # QSettings keeps text
    assert setting("lock_delay_minutes").coerce(0) == (5, False)  # under the minimum: the default
    assert setting("lock_delay_minutes").coerce(True) == (5, False)
    assert setting("lock_on_screen_lock").coerce("false") == (False, True)
    assert setting("theme").coerce("purple") == ("system", False)
    assert setting("regulator").coerce(["scw", "hcpc"]) == (["scw", "hcpc"], True)
    assert setting("regulator").coerce("scw") == (["swe"], False)  # CpdSettings checks ids
    assert setting("supervision.owner_role").coerce("both") == ("both", True)
    assert setting("supervision.owner_role").coerce("boss") == ("practitioner", False)
    assert typed({"theme": "dark"}, "app")["theme"] == "dark"
    assert typed({}, "app")["editor_font_size"] == 11


def test_a_key_declared_twice_differently_is_refused() -> None:
    declare(setting("theme"))  # the same declaration again is harmless
    with pytest.raises(ValueError, match="declared twice"):
        declare(Setting("theme", str, "dark", "Theme", "Another meaning", scope="app"))
