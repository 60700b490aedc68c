"""The fields of one requirement in the set editor; only those its kind uses are shown.

The form edits the node's own table (``EditNode.data``) in place and says ``changed``;
the set editor then checks the whole set with the engine's loader.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from counselor_app.ui.requirements.node_model import KIND_WORDS
from counselor_app.ui.shared.amount_spin import AmountSpinBox

# Which keys each kind may carry (the loader refuses others; see requirements-format.md).
KIND_KEYS: dict[str, tuple[str, ...]] = {
    "credits": ("credits", "from", "cap", "limits", "min_mark", "leftover"),
    "courses": ("courses", "need"),
    "group": ("from", "count", "credits", "cap", "min_mark", "leftover"),
    "all": ("children",), "any": ("children",), "some": ("children", "need"),
    "total": ("credits", "from"),
    "checklist": ("item",),
    "set": ("set",),
    "ref": ("ref",),
}
COMMON_KEYS = ("kind", "label", "id", "description", "share")


def _words(text: str) -> list[str]:
    return [w.strip() for w in text.split(",") if w.strip()]


def slots_text(courses: list[Any]) -> str:
    """Course slots as lines: one slot per line, alternatives joined by ' or '."""
    return "\n".join(" or ".join(str(c) for c in s) if isinstance(s, list) else str(s)
                     for s in courses)


def parse_slots(text: str) -> list[Any]:
    out: list[Any] = []
    for line in text.splitlines():
        codes = [c.strip().upper() for c in line.replace("|", " or ").split(" or ")
                 if c.strip()]
        if len(codes) == 1:
            out.append(codes[0])
        elif codes:
            out.append(codes)
    return out


class NodeForm(QWidget):
    changed = Signal()
    kind_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: dict[str, Any] | None = None
        self._loading = False
        self.kind = QComboBox()
        for key, words in KIND_WORDS.items():
            self.kind.addItem(QCoreApplication.translate("RequirementNodeModel", str(words)), key)
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("Plain words families read, e.g. “Algebra I”"))
        self.id = QLineEdit()
        self.id.setPlaceholderText(self.tr("made from the label"))
        self.id.setToolTip(self.tr("Waivers name the requirement by this; set it before "
                                   "renaming a label that students already have waivers for"))
        self.description = QLineEdit()
        self.credits = AmountSpinBox("credits")  # "3", "1.5": as credits print
        self.credits.setRange(0, 60)
        self.count = QSpinBox()
        self.count.setRange(0, 40)
        self.count.setSpecialValueText(self.tr("— (count credits instead)"))
        self.areas = QLineEdit()
        self.areas.setPlaceholderText(self.tr("Subject areas, comma-separated: Science, "
                                              "Fine Arts"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Course tags: lab-science, cte, ag:d"))
        self.codes = QLineEdit()
        self.codes.setPlaceholderText(self.tr("Course codes"))
        self.any = QCheckBox(self.tr("Any course counts"))
        self.cap = QDoubleSpinBox()
        self.cap.setRange(0, 60)
        self.cap.setSingleStep(0.5)
        self.cap.setSpecialValueText(self.tr("no cap"))
        self.min_mark = QLineEdit()
        self.min_mark.setPlaceholderText(self.tr("e.g. C (empty: any passing mark)"))
        self.leftover = QCheckBox(self.tr("Electives: only courses no other requirement used"))
        self.share = QCheckBox(self.tr("Its courses still count toward other requirements"))
        self.courses = QPlainTextEdit()
        self.courses.setTabChangesFocus(True)
        self.courses.setPlaceholderText(self.tr("One course per line; alternatives on one "
                                                "line: 04151 or 04157"))
        self.courses.setFixedHeight(self.courses.fontMetrics().height() * 4 + 10)
        self.need = QComboBox()
        self.need.setEditable(True)
        self.need.addItems(["all", "any", "1", "2", "3"])
        self.need.setToolTip(self.tr("How many: all, any, or a number"))
        self.item = QLineEdit()
        self.item.setPlaceholderText(self.tr("A short key: fafsa, state-assessment, "
                                             "service-hours"))
        self.set_code = QLineEdit()
        self.set_code.setPlaceholderText(self.tr("Code of another set, e.g. tx-foundation"))
        self.ref = QLineEdit()

        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._rows: dict[str, QWidget] = {}
        rows = (
            ("kind", self.tr("&Kind"), self.kind),
            ("label", self.tr("&Label"), self.label),
            ("id", self.tr("&Id"), self.id),
            ("description", self.tr("D&escription"), self.description),
            ("credits", self.tr("C&redits"), self.credits),
            ("count", self.tr("C&ourses"), self.count),
            ("areas", self.tr("&Areas"), self.areas),
            ("tags", self.tr("&Tags"), self.tags),
            ("codes", self.tr("Cod&es"), self.codes),
            ("any", "", self.any),
            ("cap", self.tr("&Cap"), self.cap),
            ("min_mark", self.tr("&Minimum mark"), self.min_mark),
            ("leftover", "", self.leftover),
            ("share", "", self.share),
            ("courses", self.tr("Co&urses"), self.courses),
            ("need", self.tr("&Need"), self.need),
            ("item", self.tr("&Item"), self.item),
            ("set", self.tr("&Set"), self.set_code),
            ("ref", self.tr("&Definition"), self.ref),
        )
        for key, text, widget in rows:
            if text:
                self.form.addRow(text, widget)
            else:
                self.form.addRow(widget)
            widget.setAccessibleName(self.tr(text.replace("&", "")) or widget.text())
            self._rows[key] = widget
        for w in (self.label, self.id, self.description, self.areas, self.tags, self.codes,
                  self.min_mark, self.item, self.set_code, self.ref):
            w.textEdited.connect(self._store)
        for spin in (self.credits, self.count, self.cap):
            spin.valueChanged.connect(self._store)
        for box in (self.any, self.leftover, self.share):
            box.toggled.connect(self._store)
        self.courses.textChanged.connect(self._store)
        self.need.currentTextChanged.connect(self._store)
        self.kind.activated.connect(lambda *_: self._kind_chosen())
        self.setEnabled(False)

    # -- loading -------------------------------------------------------------------
    def load(self, data: dict[str, Any] | None) -> None:
        """Show ``data`` (edited in place from now on), or nothing."""
        self._loading = True
        self._data = data
        self.setEnabled(data is not None)
        d = data or {}
        source = d.get("from") if isinstance(d.get("from"), dict) else {}
        self.kind.setCurrentIndex(max(0, self.kind.findData(d.get("kind", "credits"))))
        self.label.setText(str(d.get("label", "")))
        self.id.setText(str(d.get("id", "")))
        self.description.setText(str(d.get("description", "")))
        self.credits.setValue(float(d.get("credits", 0) or 0))
        self.count.setValue(int(d.get("count", 0) or 0))
        self.areas.setText(", ".join(source.get("areas", [])))
        self.tags.setText(", ".join(source.get("tags", [])))
        self.codes.setText(", ".join(source.get("codes", [])))
        self.any.setChecked(bool(source.get("any", False)))
        self.cap.setValue(float(d.get("cap", 0) or 0))
        self.min_mark.setText(str(d.get("min_mark", "")))
        self.leftover.setChecked(bool(d.get("leftover", False)))
        self.share.setChecked(bool(d.get("share", False)))
        self.courses.setPlainText(slots_text(d.get("courses", [])))
        self.need.setCurrentText(str(d.get("need", "all" if d.get("kind") == "courses"
                                           else "1")))
        self.item.setText(str(d.get("item", "")))
        self.set_code.setText(str(d.get("set", "")))
        self.ref.setText(str(d.get("ref", "")))
        self._show_rows(str(d.get("kind", "credits")))
        self._loading = False

    def _show_rows(self, kind: str) -> None:
        keys = set(COMMON_KEYS) | set(KIND_KEYS.get(kind, ()))
        if "from" in keys:
            keys |= {"areas", "tags", "codes", "any"}
        for key, widget in self._rows.items():
            self.form.setRowVisible(widget, key in keys)

    # -- storing -------------------------------------------------------------------
    def _kind_chosen(self) -> None:
        if self._data is None:
            return
        kind = str(self.kind.currentData())
        allowed = set(COMMON_KEYS) | set(KIND_KEYS.get(kind, ()))
        for key in list(self._data):
            if key not in allowed:
                del self._data[key]
        self._data["kind"] = kind
        self.load(self._data)
        self._store()
        self.kind_changed.emit()

    def _store(self) -> None:
        if self._loading or self._data is None:
            return
        d = self._data
        kind = str(self.kind.currentData())
        keys = set(KIND_KEYS.get(kind, ()))

        def put(key: str, value: Any, keep: bool) -> None:
            if keep and key in keys | set(COMMON_KEYS):
                d[key] = value
            else:
                d.pop(key, None)

        put("label", self.label.text().strip(), True)
        put("id", self.id.text().strip(), bool(self.id.text().strip()))
        put("description", self.description.text().strip(),
            bool(self.description.text().strip()))
        put("share", True, self.share.isChecked())
        count = self.count.value()
        put("count", count, count > 0)
        put("credits", self.credits.value(), kind != "group" or count == 0)
        if "from" in keys:
            source = dict(d.get("from", {})) if isinstance(d.get("from"), dict) else {}
            for key, widget in (("areas", self.areas), ("tags", self.tags),
                                ("codes", self.codes)):
                words = _words(widget.text())
                if words:
                    source[key] = words
                else:
                    source.pop(key, None)
            if self.any.isChecked():
                source["any"] = True
            else:
                source.pop("any", None)
            put("from", source, bool(source))
        put("cap", self.cap.value(), self.cap.value() > 0)
        put("min_mark", self.min_mark.text().strip(), bool(self.min_mark.text().strip()))
        put("leftover", True, self.leftover.isChecked())
        put("courses", parse_slots(self.courses.toPlainText()), True)
        need = self.need.currentText().strip()
        put("need", int(need) if need.isdigit() else need,
            bool(need) and (kind == "some" or need != "all"))
        put("item", self.item.text().strip(), True)
        put("set", self.set_code.text().strip(), True)
        put("ref", self.ref.text().strip(), True)
        d.pop("children", None)  # children live in the tree (EditNode), not in the table
        self.changed.emit()
