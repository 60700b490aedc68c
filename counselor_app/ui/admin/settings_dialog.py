"""Settings (Ctrl+,): school, counselor, paper, rules, backups; graduation requirements."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counselor_app.services.concurrency import ConflictError
from counselor_app.services.settings import Settings, save_settings
from counselor_app.ui.context import AppContext
from counselor_app.ui.requirements.library import ServiceLibrary
from counselor_app.ui.requirements.settings_page import RequirementsPage
from counselor_app.ui.shared.amount_spin import AmountSpinBox
from counselor_app.ui.shared.conflict_dialog import CANCEL, OVERWRITE, resolve_conflict
from counselor_app.ui.shared.messages import shown
from counselor_app.ui.shared.words import number
from counselor_app.ui.shared.write_errors import WRITE_ERRORS, guarded, show_write_error, waiting


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Settings"))
        current = ctx.settings()
        self._original = current

        self.school = QLineEdit(current.school_name)
        self.school.setPlaceholderText(self.tr("Printed at the top of every plan"))
        self.logo = QLineEdit(current.logo_path)
        self.logo.setPlaceholderText(self.tr("Optional PNG or JPEG"))
        browse_logo = QPushButton(self.tr("Choose…"))
        browse_logo.clicked.connect(self._choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(browse_logo)
        self.counselor = QLineEdit(current.counselor_name)
        self.counselor.setPlaceholderText(self.tr("Recorded when you review or approve a plan"))
        self.counselor_email = QLineEdit(current.counselor_email)
        self.counselor_phone = QLineEdit(current.counselor_phone)
        self.school_address = QLineEdit(current.school_address)
        for w in (self.counselor_email, self.counselor_phone, self.school_address):
            w.setPlaceholderText(self.tr("Printed on every plan for the family"))
        self.paper = QComboBox()
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.setCurrentIndex(max(0, self.paper.findData(current.paper_size)))
        self.requirements = RequirementsPage(ServiceLibrary(ctx.db), current.requirement_set,
                                             current.supplemental_sets)
        self.max_credits = AmountSpinBox("credits")  # "6", "7.5": as credits print
        self.max_credits.setRange(1, 20)
        self.max_credits.setValue(current.max_credits_per_year)
        self.cte_mode = QComboBox()
        self.cte_mode.addItem(self.tr("CTE courses in one program"), "courses")
        self.cte_mode.addItem(self.tr("CTE credits in one program"), "credits")
        self.cte_mode.setCurrentIndex(max(0, self.cte_mode.findData(current.cte_mode)))
        # a count of courses is a whole number ("2", never "2.00"); credits print as credits
        self.cte_threshold = AmountSpinBox(current.cte_mode)
        self.cte_threshold.setRange(0.5, 20)
        self.cte_threshold.setValue(current.cte_threshold)
        self.cte_mode.currentIndexChanged.connect(
            lambda _i: self.cte_threshold.set_unit(str(self.cte_mode.currentData())))
        self.cte_threshold.setToolTip(self.tr(
            "Perkins V: two CTE courses in one program of study. Some states ask for more "
            "(for example three courses, or four credits)."))
        self.backups = QSpinBox()
        self.backups.setRange(1, 365)
        self.backups.setValue(current.backups_kept)
        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "system")
        self.language.addItem("English", "en")  # each language in its own words
        self.language.addItem("Español", "es")
        self.language.setCurrentIndex(max(0, self.language.findData(current.interface_language)))
        self.language.setToolTip(self.tr("The change applies the next time the program starts."))
        language_note = QLabel(self.tr("Applies the next time the program starts."))
        language_note.setWordWrap(True)
        self.particles = QComboBox()  # the order of batch printing
        self.particles.addItem(self.tr("Under the particle (de la Fuente with the D names)"),
                               "particle")
        self.particles.addItem(self.tr("Under the name (de la Fuente with the F names)"),
                               "name")
        self.particles.setCurrentIndex(max(0, self.particles.findData(current.file_particles)))
        self.particles.setToolTip(self.tr("Where batch printing files a surname such as de la "
                                          "Fuente or van der Berg among the others."))

        form = QFormLayout()
        form.addRow(self.tr("&School name:"), self.school)
        logo_label = QLabel(self.tr("School &logo:"))
        logo_label.setBuddy(self.logo)  # a row holding a layout gets no buddy by itself
        form.addRow(logo_label, logo_row)
        form.addRow(self.tr("&Counselor name:"), self.counselor)
        form.addRow(self.tr("Counselor &email:"), self.counselor_email)
        form.addRow(self.tr("Counselor p&hone:"), self.counselor_phone)
        form.addRow(self.tr("School a&ddress:"), self.school_address)
        form.addRow(self.tr("&Paper size:"), self.paper)
        form.addRow(self.tr("&Maximum credits per year:"), self.max_credits)
        form.addRow(self.tr("CTE concentrator &counts:"), self.cte_mode)
        form.addRow(self.tr("CTE concentrator &threshold:"), self.cte_threshold)
        form.addRow(self.tr("&Backups kept:"), self.backups)
        form.addRow(self.tr("File surnames with a pa&rticle:"), self.particles)
        form.addRow(self.tr("Interface &language:"), self.language)
        form.addRow("", language_note)
        for w, name in ((self.school, self.tr("School name")),
                        (self.logo, self.tr("School logo")),
                        (self.counselor, self.tr("Counselor name")),
                        (self.counselor_email, self.tr("Counselor email")),
                        (self.counselor_phone, self.tr("Counselor phone")),
                        (self.school_address, self.tr("School address")),
                        (self.paper, self.tr("Paper size")),
                        (self.max_credits, self.tr("Maximum credits per year")),
                        (self.cte_mode, self.tr("CTE concentrator counts")),
                        (self.cte_threshold, self.tr("CTE concentrator threshold")),
                        (self.backups, self.tr("Backups kept")),
                        (self.particles, self.tr("File surnames with a particle")),
                        (self.language, self.tr("Interface language"))):
            w.setAccessibleName(name)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        general = QWidget()
        general.setLayout(form)
        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(self.requirements, self.tr("Graduation requirements"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(720, max(520, self.sizeHint().height()))

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("School logo"), self.logo.text(),
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.logo.setText(path)

    def accept(self) -> None:
        logo = self.logo.text().strip()
        if logo and not Path(logo).is_file():
            self.error.setText(self.tr("School logo: the file %s does not exist.") % logo)
            return
        settings = replace(
            self._original, school_name=self.school.text().strip(), logo_path=logo,
            counselor_name=self.counselor.text().strip(), paper_size=self.paper.currentData(),
            counselor_email=self.counselor_email.text().strip(),
            counselor_phone=self.counselor_phone.text().strip(),
            school_address=self.school_address.text().strip(),
            requirement_set=self.requirements.diploma or self._original.requirement_set,
            supplemental_sets=self.requirements.supplemental,
            max_credits_per_year=self.max_credits.value(), cte_mode=self.cte_mode.currentData(),
            cte_threshold=self.cte_threshold.value(), backups_kept=self.backups.value(),
            interface_language=self.language.currentData(),
            file_particles=self.particles.currentData())
        try:
            with waiting():
                save_settings(self.ctx.db, settings, original=self._original)
        except ValueError as exc:
            self.error.setText(shown(exc))
            return
        except ConflictError as exc:
            choice = self._resolve(exc, settings)
            if choice == CANCEL:
                return
            if choice == OVERWRITE and not guarded(self, lambda: save_settings(
                    self.ctx.db, settings, original=self._original, overwrite=True))[0]:
                return
        except WRITE_ERRORS as exc:  # busy, disk full, read-only: shown; stays open
            show_write_error(self, exc)
            return
        self.ctx.bus.settings_changed.emit()
        super().accept()

    def _resolve(self, exc: ConflictError, settings: Settings) -> str:
        """A field another counselor changed meanwhile: Reload (theirs; the dialog
        closes, what was typed is copied to the clipboard), Overwrite or Cancel."""
        widgets = self._field_widgets()
        labels = {k: widgets[k].accessibleName() if k in widgets
                  else self.tr("Default requirement sets") for k in exc.change.fields}
        exc.change = replace(exc.change, fields=tuple(dict.fromkeys(
            self.tr("\u201c%s\u201d") % label for label in labels.values())))
        mine = {labels[k]: ", ".join(v) if isinstance(v := getattr(settings, k), tuple)
                else number(v) if isinstance(v, float) else str(v) for k in labels}
        return resolve_conflict(self, self.tr("school's settings"), exc, mine,
                                can_cancel=True)

    def _field_widgets(self) -> dict[str, QWidget]:
        return {"school_name": self.school, "logo_path": self.logo,
                "counselor_name": self.counselor, "counselor_email": self.counselor_email,
                "counselor_phone": self.counselor_phone, "school_address": self.school_address,
                "paper_size": self.paper, "max_credits_per_year": self.max_credits,
                "cte_mode": self.cte_mode, "cte_threshold": self.cte_threshold,
                "backups_kept": self.backups, "file_particles": self.particles,
                "interface_language": self.language}
