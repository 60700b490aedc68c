"""BLS wages and outlook reach occupations, including O*NET detailed codes, OEWS
aggregates and SOC codes O*NET splits; the printed plan carries them."""

from __future__ import annotations

from sqlalchemy import select

from counselor_app.domain import LaborMarket, Occupation
from counselor_app.services import browse
from counselor_app.services.labor import labor_figures, outlook_words, summary
from counselor_app.services.occupations import occupation_detail
from counselor_app.services.report_data import occupation_line
from counselor_app.store.engine import Database


def test_registered_nurses_have_blss_figures_and_entry_education(db: Database) -> None:
    d = occupation_detail(db, "29-1141.00")
    assert d is not None
    lab = d.info.labor
    assert lab is not None and lab.exact
    assert lab.median_annual == 97550 and lab.p10_annual < lab.median_annual < lab.p90_annual
    assert lab.outlook == "As fast as average" and lab.entry_education == "Bachelor's degree"
    assert lab.wage_vintage == "May 2025" and lab.projection_vintage == "2024-34"
    assert d.info.education == "Bachelor's degree"
    assert [p.name for p in d.subclusters] == ["Physical Health"]
    assert "Therapeutic Services" in [p.name for p in d.pathways]
    assert "BLS May 2025" in summary(lab)


def test_detailed_and_aggregate_codes_use_their_socs_figures_labelled_so(db: Database) -> None:
    with db.read() as s:
        figures = labor_figures(s, ["11-9121.01", "13-1021.00", "21-1011.00", "55-1011.00"])
    assert figures["11-9121.01"].soc == "11-9121" and not figures["11-9121.01"].exact
    assert figures["13-1021.00"].soc == "13-1020"  # OEWS aggregate
    assert figures["21-1011.00"].soc == "21-1018"  # SOC 2018 code O*NET splits
    assert "55-1011.00" not in figures  # BLS publishes nothing for the military


def test_at_least_95_percent_of_covered_occupations_show_wage_and_outlook(db: Database) -> None:
    with db.read() as s:
        codes = list(s.scalars(select(Occupation.soc)))
        assert s.query(LaborMarket).count() == 830
        figures = labor_figures(s, codes)
    covered = [f for f in figures.values()]
    shown = [f for f in covered if f.has_wage and f.outlook]
    assert len(codes) >= 1000 and len(covered) >= 950
    assert len(shown) / len(covered) >= 0.95


def test_outlook_words_follow_bls_bands() -> None:
    assert [outlook_words(v) for v in (12.0, 5.5, 3.0, 1.5, 0.0, -4.0)] == [
        "Much faster than average", "Faster than average", "As fast as average",
        "Slower than average", "Little or no change", "Decline"]
    assert outlook_words(None) == ""


def test_subcluster_pages_list_only_the_official_links(db: Database) -> None:
    air = browse.pathway_detail(db, "010301")
    assert air is not None
    titles = {o.title for o in air.occupations}
    assert {"Air Traffic Controllers", "Commercial Pilots"} <= titles
    assert not [t for t in titles if "Driver" in t]
    assert all(o.labor is not None for o in air.occupations if not o.soc.startswith("55-"))
    assert [p.name for p in air.programs] == ["Aviation and Drone Operations"]


def test_printed_plan_lines_carry_wage_and_outlook(db: Database) -> None:
    with db.read() as s:
        lab = labor_figures(s, ["47-2111.00"])["47-2111.00"]
    line = occupation_line("47-2111.00", "Electricians", lab.entry_education, lab)
    assert line.median_annual == lab.median_annual and line.outlook == lab.outlook
    assert "2024-34" in line.source
    from counselor_app.reports.i18n import translator
    from counselor_app.reports.plan_text import outlook_text, pay_text

    assert pay_text(line, translator("en")) == "$63,190 a year"
    assert pay_text(line, translator("es")) == "$63.190 al año"
    assert outlook_text(line, translator("en")).startswith(f"{lab.outlook} (+")
