"""Evidence files for CPD records: copied into the vault (so encrypted with it), listed,
read back on request and removed."""

from __future__ import annotations

import hashlib
import mimetypes
import re
from pathlib import Path
from typing import TYPE_CHECKING

from supervision_app.core.cpd.model import MAX_ATTACHMENT_BYTES, Attachment, AttachmentTooLarge
from supervision_app.core.errors import EntryNotFound, JournalError
from supervision_app.core.i18n import Translate, english
from supervision_app.storage.cpd.rows import ATTACHMENT_COLUMNS, attachment_from_row, timestamp
from supervision_app.storage.vault import VaultFileChosen, is_vault_file

if TYPE_CHECKING:
    from supervision_app.storage.vault import Vault

__all__ = ["AttachmentNotFound", "AttachmentRepository"]

_FILENAME_BAD = re.compile(r"[\x00-\x1f\x7f/\\]")
MAX_FILENAME = 255


class AttachmentNotFound(JournalError):
    def __init__(self, attachment_id: int) -> None:
        self.attachment_id = attachment_id
        super().__init__(self.message())

    def message(self, translate: Translate = english) -> str:
        return translate("Errors", "There is no evidence file with id {id}.").format(
            id=self.attachment_id
        )


class AttachmentRepository:
    """Evidence files (certificates, notes) kept encrypted inside the vault."""

    def __init__(self, vault: Vault, *, max_bytes: int = MAX_ATTACHMENT_BYTES) -> None:
        self._vault = vault
        self.max_bytes = max_bytes

    @staticmethod
    def clean_filename(name: str) -> str:
        base = _FILENAME_BAD.sub("_", Path(name.replace("\\", "/")).name).strip(" .")
        if len(base) > MAX_FILENAME:
            stem, dot, ext = base.rpartition(".")
            base = (stem[: MAX_FILENAME - len(ext) - 1] + dot + ext) if dot else base[:MAX_FILENAME]
        return base or "evidence"

    def add(
        self, entry_id: int, filename: str, data: bytes, media_type: str | None = None
    ) -> Attachment:
        name = self.clean_filename(filename)
        if len(data) > self.max_bytes:
            raise AttachmentTooLarge(name, len(data), self.max_bytes)
        media = media_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
        digest = hashlib.sha256(data).hexdigest()
        now = self._vault.clock()
        with self._vault.transaction() as conn:
            if conn.execute("SELECT 1 FROM entries WHERE id = ?", (entry_id,)).fetchone() is None:
                raise EntryNotFound(entry_id)
            cur = conn.execute(
                "INSERT INTO cpd_attachments (entry_id, filename, media_type, size, sha256,"
                " added_at, data) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (entry_id, name, media, len(data), digest, timestamp(now), bytes(data)),
            )
        return Attachment(int(cur.lastrowid), entry_id, name, media, len(data), digest, now)

    def add_file(self, entry_id: int, path: Path | str) -> Attachment:
        """Copy a file into the vault; the size is checked before it is read."""
        path = Path(path)
        if is_vault_file(path, self._vault.path):
            raise VaultFileChosen(path)
        size = path.stat().st_size
        if size > self.max_bytes:
            raise AttachmentTooLarge(path.name, size, self.max_bytes)
        with path.open("rb") as handle:
            data = handle.read(self.max_bytes + 1)  # the file may have grown since stat()
        return self.add(entry_id, path.name, data)

    def list(self, entry_id: int) -> list[Attachment]:
        rows = self._vault.conn.execute(
            f"SELECT {ATTACHMENT_COLUMNS} FROM cpd_attachments WHERE entry_id = ? ORDER BY id",
            (entry_id,),
        ).fetchall()
        return [attachment_from_row(r) for r in rows]

    def data(self, attachment_id: int) -> bytes:
        """The file's bytes; save them out only on the user's explicit request."""
        row = self._vault.conn.execute(
            "SELECT data FROM cpd_attachments WHERE id = ?", (attachment_id,)
        ).fetchone()
        if row is None:
            raise AttachmentNotFound(attachment_id)
        return bytes(row[0])

    def remove(self, attachment_id: int) -> None:
        with self._vault.transaction() as conn:
            cur = conn.execute("DELETE FROM cpd_attachments WHERE id = ?", (attachment_id,))
            if cur.rowcount == 0:
                raise AttachmentNotFound(attachment_id)
