"""The dashboard's words for the caseload's categories, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from counselor_app.ui.shared.words import audit_status, concentrator_status, plan_status_title

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def plan_status_word(key: str) -> str:
    """none / draft / approved / changed: what the plan status column and legend say (the
    plan editor's words for draft and approved)."""
    if key in ("draft", "approved"):
        return plan_status_title(key)
    return {"none": translate("Dashboard", "No plan"),
            "changed": translate("Dashboard", "Changed since approval")}.get(key, key)


def audit_word(key: str) -> str:
    """on_track / short / errors / none: the graduation audit of the diploma set (the
    plan editor's words for on track and short)."""
    if key in ("on_track", "short"):
        return audit_status(key)
    return {"errors": translate("Dashboard", "Errors"),
            "none": translate("Dashboard", "No plan")}.get(key, key)


def cte_word(key: str) -> str:
    """yes / on_track / no: the Perkins V concentrator status (the audit's words)."""
    if key == "yes":
        return concentrator_status("concentrator")
    if key == "on_track":
        return concentrator_status("on_track")
    return translate("Dashboard", "Not yet") if key == "no" else key


def counted(n: int, one: str, many: str) -> str:
    """``one`` for 1, else ``many`` with %1 replaced by the number (English and Spanish
    share the rule); both texts are translated by the caller."""
    return one if n == 1 else many.replace("%1", f"{n:,}")


def grade_word(grade: int) -> str:
    return translate("Dashboard", "Grade %1").replace("%1", str(grade))


# colours that stay apart for the common colour-vision deficiencies (Okabe-Ito), each
# with a label in the legend: colour is never the only cue
PLAN_COLORS = {"none": QColor("#9e9e9e"), "draft": QColor("#e69f00"),
               "approved": QColor("#009e73"), "changed": QColor("#cc79a7")}
AUDIT_COLORS = {"on_track": QColor("#009e73"), "short": QColor("#d55e00"),
                "errors": QColor("#7b3294"), "none": QColor("#9e9e9e")}
CTE_COLORS = {"yes": QColor("#0072b2"), "on_track": QColor("#56b4e9"),
              "no": QColor("#9e9e9e")}


def csv_words() -> dict[str, str]:
    """Status keys to words for the exported CSV (``caseload_actions.caseload_csv_rows``)."""
    words = {k: plan_status_word(k) for k in PLAN_COLORS}
    words.update({"audit:" + k: audit_word(k) for k in AUDIT_COLORS})
    words.update({"cte:" + k: cte_word(k) for k in CTE_COLORS})
    return words


def csv_headers() -> tuple[str, ...]:
    return (translate("Dashboard", "Student ID"), translate("Dashboard", "Last name"),
            translate("Dashboard", "First name"), translate("Dashboard", "Grade"),
            translate("Dashboard", "Graduation year"), translate("Dashboard", "Counselor"),
            translate("Dashboard", "Plan"), translate("Dashboard", "Program of study"),
            translate("Dashboard", "Plan status"), translate("Dashboard", "Audit"),
            translate("Dashboard", "Short requirements"), translate("Dashboard", "Errors"),
            translate("Dashboard", "CTE concentrator"), translate("Dashboard", "CTE program"))
