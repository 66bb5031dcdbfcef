"""The interface's own words in Chinese and English: labels, key hints, verdicts, counts and times.

`--lang zh` (the default) shows Chinese around Chinese questions; `--lang en` English throughout.
"""

from __future__ import annotations

from datetime import datetime

WORDS: dict[str, dict[str, str]] = {
    "zh": {
        "answer": "答案",
        "key_points": "要点",
        "pitfalls": "常见误区",
        "explanation": "解析",
        "choice": "选择题",
        "right": "✓ 正确",
        "wrong": "✗ 错误",
        "reveal_keys": "Enter 显示答案 · u 撤销上一评分 · s 暂停 · b 搁置到明天 · f 标记 · q 退出",
        "rate": "评分：",
        "due_group": "{count} 张 {when}",
        "rate_keys": "1 重来 · 2 困难 · 3 良好 · 4 简单 · u 撤销 · s 暂停 · b 搁置 · f 标记 · q 退出",
        "flag_reason": "标记原因",
        "flag_keys": "一行说明（可留空），Enter 确认",
        "flagged": "已标记 {id}",
        "suspended": "已暂停 {id}（mlprep card unsuspend {id} 恢复）",
        "buried": "已搁置 {id} 到明天",
        "undone": "已撤销对 {id} 的评分",
        "nothing_to_undo": "本次还没有可撤销的评分",
        "note": "笔记",
        "rate_again": "请用 1、2、3 或 4 评分（q 退出）。",
        "your_answer": "你的答案",
        "answer_keys": "空行上按 Enter 或随时按 Alt-Enter 提交 · 空行上 Ctrl-D 退出",
        "your_choice": "你的选择",
        "choice_keys": "输入选项字母，如 A 或 AC · 直接 Enter 显示答案 · q 退出",
        "choice_lines": "用选项字母作答（空行显示答案）。",
        "letters": "请用字母 {first}–{last} 作答。",
        "next": "{rating} · 下次 {when}",
        "session": "本次：评分 {count} 次 — {counts}",
        "next_due": "下次复习：",
        "no_ratings": "本次没有评分。",
        "review": "复习：{due} 张到期，{new} 道新题",
        "drill_due": "手撕练习到期：{name} — 运行 mlprep drill {name}",
        "nothing_due": "暂无到期卡片 — 下一张 {when}到期",
        "nothing_at_all": "暂无到期卡片",
        "no_new_left": "也没有新题了",
        "new_used": "今天的 {count} 道新题已学完（--new 可以加量）",
        "questions": "{count} 道题",
        "now": "现在",
        "minutes": "{count} 分钟后",
        "hours": "{count} 小时后",
        "days": "{count} 天后",
    },
    "en": {
        "answer": "Answer",
        "key_points": "Key points",
        "pitfalls": "Pitfalls",
        "explanation": "Explanation",
        "choice": "choice",
        "right": "✓ right",
        "wrong": "✗ wrong",
        "reveal_keys": "Enter: show the answer · u: undo the last rating · s: suspend · b: bury until tomorrow"
        " · f: flag · q: quit",
        "rate": "Rate: ",
        "due_group": "{count} {when}",
        "rate_keys": "1 Again · 2 Hard · 3 Good · 4 Easy · u undo · s suspend · b bury · f flag · q quit",
        "flag_reason": "Why (optional)",
        "flag_keys": "one line, Enter to confirm",
        "flagged": "Flagged {id}",
        "suspended": "Suspended {id} (mlprep card unsuspend {id} brings it back)",
        "buried": "Buried {id} until tomorrow",
        "undone": "Took back the rating of {id}",
        "nothing_to_undo": "No rating to undo in this session",
        "note": "Note",
        "rate_again": "Rate with 1, 2, 3 or 4 (q quits).",
        "your_answer": "Your answer",
        "answer_keys": "Enter on an empty line or Alt-Enter at any time submits · Ctrl-D on an empty line quits",
        "your_choice": "Your choice",
        "choice_keys": "option letters such as A or AC · Enter alone shows the answer · q quits",
        "choice_lines": "Answer with option letters (or an empty line to see the answer).",
        "letters": "Answer with letters {first}–{last}.",
        "next": "{rating} · next {when}",
        "session": "Session: {count} rated — {counts}",
        "next_due": "Next due: ",
        "no_ratings": "No ratings given.",
        "review": "Review: {due} due, {new} new",
        "drill_due": "Drill due: {name} — run mlprep drill {name}",
        "nothing_due": "Nothing due — next card {when}",
        "nothing_at_all": "Nothing due",
        "no_new_left": "no new questions left",
        "new_used": "today's new question is done (--new allows more)|today's {count} new questions are done"
        " (--new allows more)",
        "questions": "{count} question|{count} questions",
        "now": "now",
        "minutes": "in {count} min",
        "hours": "in {count} h",
        "days": "in {count} day|in {count} days",
    },
}
RATING_NAMES = {
    "zh": {1: "重来", 2: "困难", 3: "良好", 4: "简单"},
    "en": {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"},
}


def say(lang: str, key: str, count: int | None = None, **values: object) -> str:
    """The phrase `key` in `lang`; `singular|plural` forms are chosen by `count`."""
    phrase = WORDS[lang][key]
    if "|" in phrase:
        phrase = phrase.split("|")[0 if count == 1 else 1]
    return phrase.format(count=count, **values)


def when(lang: str, due_iso: str, now: datetime) -> str:
    """A due time relative to `now`: "now", "in 10 min", "in 5 h", "in 3 days" (or 10 分钟后…)."""
    seconds = (datetime.fromisoformat(due_iso) - now).total_seconds()
    if seconds < 30:
        return say(lang, "now")
    if seconds < 3600:
        return say(lang, "minutes", max(1, round(seconds / 60)))
    if seconds < 86400:
        return say(lang, "hours", round(seconds / 3600))
    return say(lang, "days", round(seconds / 86400))
