"""Rendering `mlprep stats`: a state table, due-day bars and a 12-week heatmap."""

from __future__ import annotations

from datetime import date
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

SHADES = [("·", "grey35"), ("▪", "green4"), ("▪", "green3"), ("■", "green1"), ("■", "bold bright_green")]
BAR_WIDTH = 30


def _bars(forecast: list[dict[str, Any]]) -> Text:
    peak = max((d["due"] for d in forecast), default=0) or 1
    out = Text()
    for i, day in enumerate(forecast):
        label = "today" if i == 0 else date.fromisoformat(day["date"]).strftime("%a %d")
        width = round(day["due"] / peak * BAR_WIDTH)
        out.append(f"  {label:>8} ")
        out.append("█" * width, style="cyan")
        out.append(f" {day['due']}\n")
    return out


def _heatmap(per_day: list[dict[str, Any]]) -> Text:
    """Weeks as columns, weekdays as rows, shade by review count."""
    peak = max((d["reviews"] for d in per_day), default=0)
    first = date.fromisoformat(per_day[0]["date"])
    cells = [None] * first.weekday() + per_day  # align columns on Monday
    out = Text()
    for weekday, name in enumerate(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]):
        out.append(f"  {name} ")
        for cell in cells[weekday::7]:
            if cell is None:
                out.append("  ")
                continue
            level = 0 if not cell["reviews"] else 1 + min(3, (cell["reviews"] * 4 - 1) // max(peak, 1))
            char, style = SHADES[level]
            out.append(f"{char} ", style=style)
        out.append("\n")
    return out


def show_stats(console: Console, figures: dict[str, Any]) -> None:
    cards = Table(title="Cards", show_header=True, header_style="bold")
    for state in figures["cards"]:
        cards.add_column(state, justify="right")
    cards.add_row(*(str(n) for n in figures["cards"].values()))
    console.print(cards)
    console.print(f"[bold]Due today:[/] {figures['due_today']}")
    console.print("[bold]Due in the next 7 days[/]")
    console.print(_bars(figures["forecast"]))
    console.print(f"[bold]Reviews, last 12 weeks[/] ({figures['reviews_total']} in all)")
    console.print(_heatmap(figures["reviews_per_day"]))
    retention = figures["mature_retention"]
    if retention["rate"] is None:
        console.print("[bold]Mature retention:[/] no reviews of mature cards (interval ≥ 21 days) yet")
    else:
        passed, reviews = retention["passed"], retention["reviews"]
        console.print(
            f"[bold]Mature retention:[/] {retention['rate']:.1%} "
            f"({passed}/{reviews} reviews of cards with an interval ≥ 21 days)"
        )
