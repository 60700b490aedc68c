"""The plan editor's Goals & notes tab: career and postsecondary goals, both kinds of notes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from counselor_app.services.browse import OccupationInfo
from counselor_app.services.plans import POSTSECONDARY_TYPES
from counselor_app.ui.shared.words import data_word


class PlanDetailsPanel(QWidget):
    """Career goal, postsecondary goal and notes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.career = QComboBox()
        self.career.setEditable(True)
        self.career.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.career.setMaxVisibleItems(15)
        # long occupation titles must not widen the editor past a 1024-pixel screen
        self.career.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.career.setMinimumContentsLength(24)
        edit = self.career.lineEdit()
        assert edit is not None
        self.career_edit: QLineEdit = edit
        self.career_edit.setPlaceholderText(
            self.tr("Pick an occupation or type a goal in your own words"))
        self.career.setAccessibleName(self.tr("Career goal"))
        self.career.setToolTip(self.tr("An occupation from the data (type to search) or any "
                                       "goal in free text"))
        completer = QCompleter(self.career.model(), self.career)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.career.setCompleter(completer)
        self.ps_type = QComboBox()
        for t in POSTSECONDARY_TYPES:
            self.ps_type.addItem(data_word(t) or "—", t)
        self.ps_type.setAccessibleName(self.tr("Postsecondary goal type"))
        self.ps_type.setToolTip(self.tr("What the student plans after high school"))
        self.institution = QLineEdit()
        self.institution.setPlaceholderText(self.tr("Institution and program, e.g. Valley "
                                                    "Community College — Welding AAS"))
        self.institution.setAccessibleName(self.tr("Postsecondary institution and program"))
        self.institution.setToolTip(self.tr("Where and what the student plans to study"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Only counselors see these; they never print "
                                              "(saved as you type)"))
        self.notes.setAccessibleName(self.tr("Counselor-only notes"))
        self.notes.setToolTip(self.tr("Never printed. Saved automatically after a short pause"))
        self.family_notes = QPlainTextEdit()
        self.family_notes.setTabChangesFocus(True)
        self.family_notes.setPlaceholderText(self.tr("Printed on the family's copy (saved as "
                                                     "you type)"))
        self.family_notes.setAccessibleName(self.tr("Notes for the family"))
        self.family_notes.setToolTip(self.tr("Printed on the plan. Saved automatically after "
                                             "a short pause"))
        self.first_level = QComboBox()
        for level in (9, 8, 7, 6):
            self.first_level.addItem(self.tr("Grade %d") % level, level)
        self.first_level.setAccessibleName(self.tr("Plan starts in grade"))
        self.first_level.setToolTip(self.tr("Start in grade 6, 7 or 8 to plan middle-school "
                                            "years and courses taken for high-school credit"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, widget in ((self.tr("Plan starts i&n"), self.first_level),
                             (self.tr("Career &goal"), self.career),
                             (self.tr("&After high school"), self.ps_type),
                             (self.tr("&Institution / program"), self.institution)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.career_facts = QLabel()
        self.career_facts.setWordWrap(True)
        self.career_facts.setStyleSheet("color: #546e7a")
        self.career_facts.hide()
        self.career_facts.setAccessibleName(self.tr("Wages and outlook of the career goal"))
        form.insertRow(1, "", self.career_facts)
        notes_row = QHBoxLayout()
        for text, box in ((self.tr("Notes for the fa&mily (printed)"), self.family_notes),
                          (self.tr("C&ounselor-only notes (never printed)"), self.notes)):
            col = QVBoxLayout()
            col.setSpacing(1)
            box.setMinimumHeight(32)
            label = QLabel(text)
            label.setBuddy(box)
            col.addWidget(label)
            col.addWidget(box, 1)
            notes_row.addLayout(col, 1)
        form.addRow(notes_row)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        lay.addLayout(form)

    def show_career_facts(self, facts: str) -> None:
        """BLS wages and outlook of the chosen occupation ("" hides the line)."""
        self.career_facts.setText(facts)
        self.career_facts.setVisible(bool(facts))

    def set_occupations(self, occupations: Sequence[OccupationInfo]) -> None:
        text = self.career.currentText()
        self.career.blockSignals(True)
        self.career.clear()
        for o in occupations:
            self.career.addItem(f"{o.title} ({o.soc})", o.soc)
        self.career.setCurrentIndex(-1)
        self.career.setEditText(text)
        self.career.blockSignals(False)

    def career_value(self) -> tuple[str | None, str]:
        """(soc, free text) for what the career box shows."""
        text = self.career.currentText().strip()
        i = self.career.findText(text, Qt.MatchFlag.MatchFixedString)
        if i >= 0:
            return str(self.career.itemData(i)), ""
        return None, text



