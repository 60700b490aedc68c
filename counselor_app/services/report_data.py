"""Build the printed plan's data from the database, and export plans in bulk.

``build_plan_report`` reads everything the PDF needs into a frozen ``PlanReport``;
the renderer (``counselor_app.reports.render``) then never touches the database.
``services.batch_export`` prints many plans, on every core.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

from counselor_app.audit.results import AuditResult
from counselor_app.domain import Occupation
from counselor_app.domain.base import level_label
from counselor_app.domain.students import STATUS_LABELS, TERM_LABELS
from counselor_app.messages import msg
from counselor_app.reports.audit_report import AuditReport
from counselor_app.reports.i18n import ENGLISH, available_languages
from counselor_app.reports.model import (
    ALL_LEVELS,
    POSTSECONDARY,
    CourseLine,
    CredentialLine,
    Direction,
    Goals,
    LevelRows,
    OccupationLine,
    OptionLine,
    PlanReport,
    SchoolBlock,
    StudentBlock,
    format_date,
)
from counselor_app.services.audit import audit_plans
from counselor_app.services.browse import catalog_titles, program_detail
from counselor_app.services.labor import LaborFigures, labor_figures
from counselor_app.services.plan_view import load_plans
from counselor_app.services.plan_years import plan_levels
from counselor_app.services.plans import PlanView, active_plan_id, plan_inputs
from counselor_app.services.report_audit import audit_report, substituted_codes
from counselor_app.services.report_names import localize_report
from counselor_app.services.rules import (
    PlanInput,
    RuleSettings,
    ValidationResult,
    validate_plan,
)
from counselor_app.services.settings import Settings, load_settings
from counselor_app.services.shared_reads import shared_reads
from counselor_app.services.students import StudentDetail, get_student, get_students
from counselor_app.store.engine import Database

MAX_OCCUPATIONS = 8  # keeps a normal plan on two pages; the rest is counted

# ---------------------------------------------------------------- file names


def _name_part(text: str, limit: int = 40) -> str:
    """Letters, marks and digits of any script (NFC), other characters as '-'.

    Marks are kept: a Devanagari vowel sign or virama is part of the name (शर्मा).
    """
    text = unicodedata.normalize("NFC", text).replace("'", "").replace("’", "")
    kept = "".join(c if unicodedata.category(c)[0] in "LMN" else "-" for c in text)
    kept = re.sub(r"-{2,}", "-", kept).strip("-.")
    cut = kept[:limit]
    while cut and len(cut) < len(kept) and unicodedata.category(kept[len(cut)])[0] == "M":
        cut = cut[:-1]  # never split a letter from its marks
    return cut.strip("-")


def safe_filename(last_name: str, first_name: str, student_id: str,
                  suffix: str = "plan.pdf") -> str:
    """'Núñez', 'María', '12345' -> 'Núñez-María-12345-plan.pdf' (NFC).

    Every letter of every script is kept with its accents and marks; path separators,
    dots and other punctuation become '-', so the name is safe on Windows, macOS and
    Linux.
    """
    parts = [p for p in (_name_part(last_name), _name_part(first_name),
                         _name_part(student_id, 30)) if p]
    stem = "-".join(parts) or "student"
    return f"{stem}-{suffix}"


def report_filename(report: PlanReport) -> str:
    """'Núñez-María-12345-plan.pdf'; a student without a plan gets a blank planning sheet,
    named so it never passes for a plan: 'Núñez-María-12345-planning-sheet.pdf'."""
    st = report.student
    suffix = "plan.pdf" if report.has_plan else "planning-sheet.pdf"
    return safe_filename(st.last_name, st.first_name, st.student_id, suffix)


# ---------------------------------------------------------------- building reports


@dataclass
class ReportCache:
    """Lookups shared by the reports of one batch (settings, programs, occupations)."""

    settings: Settings | None = None
    occupations: dict[str, tuple[OccupationLine, ...]] = field(default_factory=dict)
    goal_occupations: dict[str, OccupationLine | None] = field(default_factory=dict)
    direction_codes: dict[str, tuple[str, str]] = field(default_factory=dict)
    course_titles: dict[str, dict[str, str]] = field(default_factory=dict)  # by language
    paths: dict[str, tuple[tuple[CredentialLine, ...], tuple[OptionLine, ...]]] = \
        field(default_factory=dict)


def _school_year(level: int, graduation_year: int) -> str:
    if level == POSTSECONDARY:
        return "After graduation"
    if not graduation_year:
        return ""
    start = graduation_year - (13 - level)
    return f"{start}–{(start + 1) % 100:02d}"


def _student_block(student: StudentDetail, counselor_default: str,
                   today: dt.date) -> StudentBlock:
    d = student.data
    return StudentBlock(first_name=d.first_name, last_name=d.last_name,
                        preferred_name=d.preferred_name, student_id=d.student_id,
                        grade=d.grade, graduation_year=d.graduation_year,
                        counselor=d.counselor or counselor_default, date_printed=today)


def _program_occupations(db: Database, cache: ReportCache,
                         program_code: str | None) -> tuple[OccupationLine, ...]:
    if not program_code:
        return ()
    if program_code not in cache.occupations:
        detail = program_detail(db, program_code)
        cache.occupations[program_code] = () if detail is None else tuple(
            occupation_line(o.soc, o.title, o.education, o.labor) for o in detail.occupations)
    return cache.occupations[program_code]


def _program_paths(db: Database, cache: ReportCache, program_code: str | None
                   ) -> tuple[tuple[CredentialLine, ...], tuple[OptionLine, ...]]:
    """The program's high-school credentials and its options after high school."""
    if not program_code:
        return (), ()
    if program_code not in cache.paths:
        detail = program_detail(db, program_code)
        cache.paths[program_code] = ((), ()) if detail is None else (
            tuple(CredentialLine(c.name, c.issuer, c.grade) for c in detail.credentials),
            tuple(OptionLine(o.kind, o.title, o.credential) for o in detail.options))
    return cache.paths[program_code]


def occupation_line(soc: str, title: str, education: str,
                    lab: LaborFigures | None) -> OccupationLine:
    """An occupation for the printed plan, with BLS median wage and outlook."""
    if lab is None:
        return OccupationLine(soc, title, education)
    return OccupationLine(soc, title, education, lab.median_annual, lab.median_hourly,
                          lab.outlook, lab.change_percent,
                          f"BLS OEWS {lab.wage_vintage}; Employment Projections "
                          f"{lab.projection_vintage}")


def _goal_occupation(db: Database, cache: ReportCache, soc: str | None) -> OccupationLine | None:
    if not soc:
        return None
    if soc not in cache.goal_occupations:
        with db.read() as s:
            occ = s.get(Occupation, soc)
            lab = labor_figures(s, [soc]).get(soc)
            cache.goal_occupations[soc] = \
                occupation_line(occ.soc, occ.title, occ.education, lab) if occ else None
    return cache.goal_occupations[soc]


def _occupations(db: Database, cache: ReportCache, program_code: str | None,
                 goal_soc: str | None) -> tuple[tuple[OccupationLine, ...], int]:
    lines: list[OccupationLine] = []
    goal = _goal_occupation(db, cache, goal_soc)
    if goal is not None:
        lines.append(goal)
    lines += [o for o in _program_occupations(db, cache, program_code)
              if goal is None or o.soc != goal.soc]
    return tuple(lines[:MAX_OCCUPATIONS]), max(0, len(lines) - MAX_OCCUPATIONS)


def _review(result: ValidationResult, titles: dict[int, str]
            ) -> tuple[tuple[str, ...], tuple[tuple[str, str, str], ...],
                       dict[int, tuple[int, ...]]]:
    """Every item to review, numbered from 1 in print order, with its rule and course
    title (for other languages), and for each plan course row the numbers of the items
    about it (the row carries a matching mark)."""
    messages: list[str] = []
    rules: list[tuple[str, str, str]] = []
    marks: dict[int, list[int]] = {}
    for issue in result.issues:
        if issue.rule == "requirement_shortfall":
            continue
        if issue.message not in messages:
            messages.append(issue.message)
            rules.append((issue.rule, titles.get(issue.plan_course_id or 0, ""),
                          issue.value("prereq")))
        number = messages.index(issue.message) + 1
        if issue.plan_course_id is not None:
            row = marks.setdefault(issue.plan_course_id, [])
            if number not in row:
                row.append(number)
    return tuple(messages), tuple(rules), {k: tuple(v) for k, v in marks.items()}


def _levels(view: PlanView | None, result: ValidationResult,
            graduation_year: int,
            marks: dict[int, tuple[int, ...]] | None = None) -> tuple[LevelRows, ...]:
    marks = marks or {}
    rows = []
    # a plan that starts in grade 6-8 prints those grades too (courses for high-school credit)
    for level in plan_levels(view.first_level) if view is not None else ALL_LEVELS:
        courses = tuple(
            CourseLine(code=c.code, title=c.title, credits=c.credits,
                       term=TERM_LABELS.get(c.term, c.term),
                       status=STATUS_LABELS.get(c.status, c.status), status_key=c.status,
                       final_mark=c.final_mark, cte=c.cte, known=c.known,
                       dual_credit=c.dual_credit, marks=marks.get(c.id, ()))
            for c in (view.courses_at(level) if view is not None else ()))
        rows.append(LevelRows(level, level_label(level), _school_year(level, graduation_year),
                              courses, float(result.credits_by_level.get(level, 0.0))))
    return tuple(rows)


def _status_text(view: PlanView) -> str:
    text = view.status.capitalize()
    if view.status != "draft" and view.status_by:
        text += f" by {view.status_by}"
    if view.status != "draft" and view.status_at:
        text += f" on {format_date(view.status_at.date())}"
    return text


def _audit_report(db: Database, audit: AuditResult | None) -> AuditReport | None:
    """The printed audit, naming substituted courses by title."""
    if audit is None:
        return None
    codes = substituted_codes(audit)
    if not codes:
        return audit_report(audit)
    with db.read() as s:
        return audit_report(audit, catalog_titles(s, codes))


def print_language(student: StudentDetail, requested: str | None) -> str:
    """The language a plan prints in: ``requested`` when given, else the student's family
    language when the plan has a catalog for it, else English."""
    if requested:
        return requested
    family = student.data.family_language
    if family and family in {code for code, _ in available_languages()}:
        return family
    return ENGLISH


def assemble_report(db: Database, student: StudentDetail, view: PlanView | None,
            result: ValidationResult, audit: AuditResult | None, settings: Settings,
            today: dt.date, cache: ReportCache, language: str | None = None) -> PlanReport:
    """The printed plan from what was read (the cache must hold, or may read, the
    occupations of the plan's program and career goal)."""
    language = print_language(student, language)
    occupations, more = _occupations(db, cache, view.program_code if view else None,
                                     view.career_goal_soc if view else None)
    direction = Direction()
    goals = Goals()
    # a course no longer in the catalog is named by its code (there is no title)
    titles = {c.id: f"{c.title} ({c.code})" if c.known else c.code
              for c in (view.courses if view is not None else ())}
    review, review_rules, review_marks = _review(result, titles)
    credentials, options = _program_paths(db, cache, view.program_code if view else None)
    if view is not None:
        direction = Direction(view.cluster_name, view.pathway_name, view.program_name,
                              (view.program_code or "") if view.program_name else "")
        goals = Goals(view.career_goal.strip(), view.postsecondary_type.strip(),
                      view.postsecondary_institution.strip())
    return localize_report(db, PlanReport(
        school=SchoolBlock(settings.school_name.strip(), settings.logo_path.strip(),
                           settings.school_address.strip(), settings.counselor_email.strip(),
                           settings.counselor_phone.strip()),
        status_key=view.status if view else "",
        review_rules=review_rules,
        language=language,
        family_language=student.data.family_language,
        student=_student_block(student, settings.counselor_name.strip(), today),
        plan_name=view.name if view else "",
        plan_status=_status_text(view) if view else "",
        direction=direction,
        goals=goals,
        levels=_levels(view, result, student.data.graduation_year, review_marks),
        total_credits=result.total_credits,
        audit=_audit_report(db, audit),
        occupations=occupations,
        occupations_more=more,
        credentials=credentials,
        options=options,
        review=review,
        notes=view.family_notes if view else "",  # counselor-only notes never print
        paper_size=settings.paper_size if settings.paper_size in ("letter", "a4") else "letter",
        generated=today,
    ), view, cache.direction_codes, cache.course_titles)


def build_plan_report(db: Database, plan_id: int, settings: Settings | None = None,
                      today: dt.date | None = None, *,
                      cache: ReportCache | None = None,
                      language: str | None = None) -> PlanReport:
    """Everything the printed plan shows for plan ``plan_id``.

    ``language``: a catalog code ("es"); None prints in the student's family language
    when there is a catalog for it, else in English.

    Raises LookupError when the plan or its student no longer exists.
    """
    cache = cache or ReportCache()
    settings = settings or cache.settings or load_settings(db)
    cache.settings = settings
    today = today or dt.date.today()
    # one read session: the plan, its checks and its audit come from the same snapshot
    # (an edit in another window cannot land between them), and one session costs less
    with db.read() as s, shared_reads(s):
        view = load_plans(s, [plan_id]).get(plan_id)
        if view is None:
            raise LookupError(msg("plan {plan_id} no longer exists", plan_id=plan_id))
        student = get_students(s, [view.student_pk]).get(view.student_pk)
        if student is None:
            raise LookupError(msg("student {student_pk} no longer exists",
                                  student_pk=view.student_pk))
        result = validate_plan(plan_inputs(s, [plan_id], settings)[plan_id])
        audit = audit_plans(s, [plan_id], settings)[plan_id].result
        programs = [view.program_code] if view.program_code and \
            view.program_code not in cache.paths else []
        goals = [view.career_goal_soc] if view.career_goal_soc and \
            view.career_goal_soc not in cache.goal_occupations else []
        if programs or goals:  # as a batch reads them (not the whole program_detail)
            from counselor_app.services.report_bulk import fill_lookups

            fill_lookups(s, cache, programs, goals)
    return assemble_report(db, student, view, result, audit, settings, today, cache, language)


def build_student_report(db: Database, student_pk: int, settings: Settings | None = None,
                         today: dt.date | None = None, *,
                         cache: ReportCache | None = None,
                         language: str | None = None) -> PlanReport:
    """The printed plan of a student's active plan; an empty plan when there is none."""
    cache = cache or ReportCache()
    settings = settings or cache.settings or load_settings(db)
    cache.settings = settings
    plan_id = active_plan_id(db, student_pk)
    if plan_id is not None:
        return build_plan_report(db, plan_id, settings, today, cache=cache, language=language)
    student = get_student(db, student_pk)
    if student is None:
        raise LookupError(msg("student {student_pk} no longer exists", student_pk=student_pk))
    return assemble_report(db, student, None, no_plan_result(settings), None, settings,
                           today or dt.date.today(), cache, language)


def no_plan_result(settings: Settings) -> ValidationResult:
    """The rules' result for a student without a plan (what the empty plan prints)."""
    return validate_plan(PlanInput((), (), settings=RuleSettings(
        settings.max_credits_per_year, settings.cte_mode, settings.cte_threshold)))


# ---------------------------------------------------------------- copies of a plan


def student_reports(db: Database, student_pk: int, settings: Settings | None = None,
                    today: dt.date | None = None, *, cache: ReportCache | None = None,
                    language: str | None = None, bilingual: bool = False) -> list[PlanReport]:
    """The copies of one student's plan to print: in ``language`` (None: the family's
    language), then, with ``bilingual``, in English too when that is another language."""
    first = build_student_report(db, student_pk, settings, today, cache=cache,
                                 language=language)
    copies = [first]
    if bilingual and first.language != ENGLISH:
        copies.append(build_student_report(db, student_pk, settings, today, cache=cache,
                                           language=ENGLISH))
    return copies
