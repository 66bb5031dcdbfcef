"""The interview report and history on the terminal, laid out by `mlprep.text` so that nothing is cut."""

from __future__ import annotations

from datetime import datetime

from rich.console import Console

from mlprep.cli.flow import Box, Flow, blank, items, label
from mlprep.cli.i18n import RATING_NAMES, say
from mlprep.interview import Answer, DrillResult, Report
from mlprep.text.markdown import Line, Paragraph, hang


def clock_text(seconds: float) -> str:
    """`m:ss`, or `h:mm:ss` from an hour on."""
    whole = max(0, round(seconds))
    hours, rest = divmod(whole, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def local_time(moment: str) -> str:
    return datetime.fromisoformat(moment).astimezone().strftime("%Y-%m-%d %H:%M")


def _runs(runs: list[tuple[str, str]], indent: str = "") -> Flow:
    """Plain runs of (text, style) wrapped as one paragraph; `indent` hangs every line."""

    def lay(width: int) -> list[Line]:
        paragraph = Paragraph()
        for text, style in runs:
            paragraph.add(text, style, whole=style == "code")
        lines = paragraph.lines(max(8, width - len(indent)))
        return hang([(indent, "")], lines) if indent else lines

    return Flow(lay)


def _answer(lang: str, number: int, answer: Answer) -> list[Flow]:
    head = [(f"{number}. ", "bold"), (answer.question_id, "code"), (f"  {answer.topic} · {answer.difficulty}", "dim")]
    style = "good" if answer.coverage >= 0.8 else "yellow" if answer.coverage >= 0.5 else "bad"
    rating = RATING_NAMES[lang].get(answer.rating, "—")
    figures = [
        (say(lang, "iv_points", covered=sum(answer.covered), total=len(answer.covered)), style),
        (f" · {clock_text(answer.seconds)} · {say(lang, 'iv_rating', rating=rating)}", "dim"),
    ]
    parts = [_runs(head)]
    if answer.follow_up_of:
        parts.append(_runs([(f"↳ {say(lang, 'iv_follow_up_mark')} ", "magenta"), (answer.follow_up_of, "code")], "   "))
    parts.append(_runs(figures, "   "))
    if answer.missed:
        parts.append(_runs([(say(lang, "iv_missed"), "dim")], "   "))
        parts.append(items([("    ✗", point, "bad") for point in answer.missed]))
    return parts


def _drill(lang: str, drill: DrillResult) -> list[Flow]:
    verdict = (say(lang, "iv_drill_passed"), "good") if drill.passed else (say(lang, "iv_drill_failed"), "bad")
    figures = say(
        lang,
        "iv_drill_line",
        passed=drill.tests_passed,
        total=drill.tests_total,
        time=clock_text(drill.seconds),
        budget=clock_text(drill.budget),
    )
    runs = [(drill.name, "code"), ("  ", ""), verdict, (f" · {figures}", "dim")]
    if drill.over_budget:
        runs.append((f" · {say(lang, 'iv_over_budget')}", "yellow"))
    parts = [_runs(runs)]
    if drill.problem:
        parts.append(_runs([(drill.problem, "dim")], "   "))
    if drill.failing:
        parts.append(_runs([(say(lang, "iv_failing"), "dim"), ("; ".join(drill.failing), "")], "   "))
    parts += [_runs([(say(lang, "iv_known_bug"), "yellow"), (bug, "")], "   ") for bug in drill.bugs]
    return parts


def show_report(console: Console, report: Report) -> None:
    """Score, each answer with what it missed, the drill, the weakest topics and what to review next."""
    lang = report.lang
    parts: list[Flow] = []
    score = say(lang, "iv_score", score=report.score, answered=len(report.answers), time=clock_text(report.seconds))
    parts.append(label(score, "bold"))
    if report.ended_early:
        parts.append(label(say(lang, "iv_ended_early"), "yellow"))
    elif report.time_up:
        parts.append(label(say(lang, "iv_time_up"), "yellow"))
    parts.append(blank())
    if not report.answers:
        parts.append(label(say(lang, "iv_nothing"), "dim"))
    for number, answer in enumerate(report.answers, 1):
        parts += _answer(lang, number, answer)
    if report.drill is not None:
        parts += [blank(), *_drill(lang, report.drill)]
    weakest = " · ".join(f"{topic} {coverage:.0%}" for topic, coverage in report.weakest_topics())
    review: list[tuple[str, str]] = []
    for card in report.review_next():
        review += [(", ", "")] if review else []
        review.append((card, "code"))
    parts += [
        blank(),
        _runs([(say(lang, "iv_weakest"), "bold"), (weakest or say(lang, "iv_none"), "")]),
        _runs([(say(lang, "iv_review_next"), "bold"), *(review or [(say(lang, "iv_none"), "")])]),
    ]
    title = say(lang, "iv_report", when=local_time(report.started_at))
    if report.id is not None:
        title = f"#{report.id} · {title}"
    console.print(Box(parts, [(title, "bold")], "cyan"))


def show_history(console: Console, rows: list[tuple[int, str, float]], lang: str) -> None:
    if not rows:
        console.print(say(lang, "iv_history_empty"))
        return
    for interview_id, started_at, score in rows:
        console.print(say(lang, "iv_history_row", id=interview_id, when=local_time(started_at), score=score))
