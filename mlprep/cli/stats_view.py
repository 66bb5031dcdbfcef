"""Rendering `mlprep stats`: a state table, due-day bars, a 12-week heatmap and progress per topic."""

from __future__ import annotations

from datetime import date
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from mlprep.cli.flow import Flow
from mlprep.text.markdown import Line, Paragraph, columns

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
    console.print()
    console.print("[bold]Topics[/] [dim](retention over the last 30 days; mature: interval ≥ 21 days)[/]")
    console.print(_topics(figures["topics"]))
    if figures["weakest"]:
        console.print(_weakest(figures["topics"], figures["weakest"]))


def _topics(topics: list[dict[str, Any]]) -> Flow:
    """One row per topic; a grid when it fits the terminal, else one block per topic (nothing is cut)."""
    cells = [
        [
            t["topic"],
            f"{t['seen']}/{t['total']}",
            str(t["mature"]),
            _retention(t["retention_30d"]),
            str(t["due_now"]),
        ]
        for t in topics
    ]
    rows: list[list[str | Line]] = [["topic", "seen", "mature", "retention", "due now"], *cells]
    return Flow(lambda width: columns(rows, width))


def _retention(retention: dict[str, Any]) -> str:
    if retention["rate"] is None:
        return "—"
    return f"{retention['rate']:.0%} ({retention['passed']}/{retention['reviews']})"


def _weakest(topics: list[dict[str, Any]], weakest: list[dict[str, str]]) -> Flow:
    """The weakest topics with the figure that chose each, wrapped under the label."""
    by_name = {t["topic"]: t for t in topics}
    line = Paragraph()
    line.add("Weakest: ", "bold")
    for n, entry in enumerate(weakest):
        topic = by_name[entry["topic"]]
        if n:
            line.add(" · ")
        line.add(topic["topic"], "bold yellow")
        if entry["by"] == "retention":
            retention = topic["retention_30d"]
            line.add(f" {retention['rate']:.0%} of {retention['reviews']} reviews")
        else:
            line.add(f" {topic['mature']} of {topic['total']} mature")
    return Flow(line.lines)
