"""The reflective companion's storage: flags for supervision, wellbeing check-ins and the
user's own support contacts. All of it stays in the encrypted vault."""

from __future__ import annotations

from typing import TYPE_CHECKING

from supervision_app.storage.companion.flags import FlagRepository
from supervision_app.storage.companion.wellbeing import SupportRepository, WellbeingRepository

if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault

__all__ = ["CompanionRepository", "FlagRepository", "SupportRepository", "WellbeingRepository"]


class CompanionRepository:
    def __init__(self, vault: Vault) -> None:
        self.flags = FlagRepository(vault)
        self.wellbeing = WellbeingRepository(vault)
        self.support = SupportRepository(vault)
