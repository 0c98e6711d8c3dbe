"""The reflective companion: depth of reflection, case-record extract, wellbeing and
supervision preparation. Plain Python; the vault and Qt stay in their own layers."""
