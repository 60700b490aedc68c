"""The printed plan: a plain report model and its reportlab renderer (no Qt, no database)."""

from counselor_app.reports.model import PlanReport
from counselor_app.reports.render import render_bytes, render_many, render_plan

__all__ = ["PlanReport", "render_bytes", "render_many", "render_plan"]
