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
        # mlprep interview
        "iv_start": "模拟面试：{count} 道题，{minutes} 分钟",
        "iv_start_drill": "，之后手撕 {name}（{budget} 分钟）",
        "iv_left": "剩余 {time} · 第 {position}/{total} 题",
        "iv_follow_up": "追问（接 {of}）",
        "iv_time_up": "时间到：不再提问。",
        "iv_answer_keys": "空行上按 Enter 或随时按 Alt-Enter 提交 · 空行上 Ctrl-D 结束面试 · Ctrl-C 提前结束并出报告",
        "iv_choice_keys": "输入选项字母，如 A 或 AC · 空行上 Ctrl-D 结束面试",
        "iv_answer_lines": "输入你的答案，空行结束（输入结束则面试结束）。",
        "iv_choice_lines": "用选项字母作答，一行。",
        "iv_drill": "手撕：{name}（时间预算 {budget} 分钟）",
        "iv_drill_wrote": "起始文件已写入 {path}。完成后按 Enter 评测。",
        "iv_drill_ready": "按 Enter 评测",
        "iv_drill_checking": "正在评测 {path}……",
        "iv_no_drill": "没有待做的手撕练习：全部已通过，也没有到期的。",
        "iv_answers": "参考答案",
        "iv_report": "面试报告 · {when}",
        "iv_score": "总分 {score} · 答题 {answered} 道 · 用时 {time}",
        "iv_points": "{covered}/{total} 要点",
        "iv_missed": "遗漏：",
        "iv_follow_up_mark": "追问",
        "iv_rating": "评分 {rating}",
        "iv_drill_line": "{passed}/{total} 个测试通过 · 用时 {time}（预算 {budget}）",
        "iv_drill_passed": "✓ 通过",
        "iv_drill_failed": "✗ 未通过",
        "iv_over_budget": "超出预算",
        "iv_known_bug": "已知错误：",
        "iv_failing": "未通过的测试：",
        "iv_drill_not_done": "手撕 {name}：未评测",
        "iv_weakest": "最弱的主题：",
        "iv_review_next": "接下来复习：",
        "iv_none": "无",
        "iv_ended_early": "面试提前结束，报告只含已完成的部分。",
        "iv_nothing": "没有回答任何问题。",
        "iv_ratings_keys": "输入 {count} 个评分（1–4）可覆盖建议，例如 {example}；直接 Enter 接受",
        "iv_ratings_prompt": "评分",
        "iv_ratings_again": "需要 {count} 个 1–4 的评分（或空行接受建议）。",
        "iv_saved": "已保存为面试 #{id}，评分已记入复习（mlprep interview --report {id} 可再次查看）",
        "iv_history_empty": "还没有面试记录。",
        "iv_history_row": "#{id}  {when}  总分 {score}",
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
        # mlprep interview
        "iv_start": "Mock interview: {count} question in {minutes} min|Mock interview: {count} questions in"
        " {minutes} min",
        "iv_start_drill": ", then the drill {name} ({budget} min)",
        "iv_left": "{time} left · question {position}/{total}",
        "iv_follow_up": "Follow-up to {of}",
        "iv_time_up": "Time is up: no more questions.",
        "iv_answer_keys": "Enter on an empty line or Alt-Enter at any time submits · Ctrl-D on an empty line ends the"
        " interview · Ctrl-C ends it early with a report",
        "iv_choice_keys": "option letters such as A or AC · Ctrl-D on an empty line ends the interview",
        "iv_answer_lines": "Type your answer; an empty line ends it (the end of input ends the interview).",
        "iv_choice_lines": "Answer with option letters, on one line.",
        "iv_drill": "Coding: {name} (budget {budget} min)",
        "iv_drill_wrote": "Wrote the starter to {path}. Press Enter when it is ready to be checked.",
        "iv_drill_ready": "Enter checks it",
        "iv_drill_checking": "Checking {path}…",
        "iv_no_drill": "No drill to do: every drill is passed and none is due.",
        "iv_answers": "Model answers",
        "iv_report": "Interview report · {when}",
        "iv_score": "Score {score} · {answered} answered · {time} spent",
        "iv_points": "{covered}/{total} key points",
        "iv_missed": "Missed: ",
        "iv_follow_up_mark": "follow-up",
        "iv_rating": "rated {rating}",
        "iv_drill_line": "{passed}/{total} tests passed · {time} (budget {budget})",
        "iv_drill_passed": "✓ passed",
        "iv_drill_failed": "✗ failed",
        "iv_over_budget": "over budget",
        "iv_known_bug": "Known bug: ",
        "iv_failing": "Failing tests: ",
        "iv_drill_not_done": "Drill {name}: not checked",
        "iv_weakest": "Weakest topics: ",
        "iv_review_next": "Review next: ",
        "iv_none": "none",
        "iv_ended_early": "The interview ended early; the report covers what was done.",
        "iv_nothing": "No question was answered.",
        "iv_ratings_keys": "Type {count} ratings (1–4) to override the suggestions, such as {example}; Enter accepts",
        "iv_ratings_prompt": "Ratings",
        "iv_ratings_again": "Give {count} ratings 1–4 (or an empty line to accept the suggestions).",
        "iv_saved": "Saved as interview #{id}; the ratings are in your reviews (mlprep interview --report {id} shows it"
        " again)",
        "iv_history_empty": "No interviews yet.",
        "iv_history_row": "#{id}  {when}  score {score}",
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
