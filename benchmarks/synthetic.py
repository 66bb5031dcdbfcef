"""Synthetic banks and stores for the benchmarks."""

from __future__ import annotations

from pathlib import Path

QUESTION = """\
  - id: synthetic-{i}
    topic: synthetic-{topic}
    tags: [synthetic, tag-{tag}]
    difficulty: {difficulty}
    question: 合成问题 {i}：请解释第 {i} 个概念，以及它与梯度 $\\frac{{\\partial L}}{{\\partial W}}$ 的关系。
    question_en: Synthetic question {i}
    answer: |
      第 {i} 个概念的答案。它包含几段文字、一个公式 $\\sqrt{{d_k}}$ 和一个列表：

      - 第一点：说明 {i}
      - 第二点：再说明 {i}
    answer_en: |
      The answer to concept {i}.
    key_points: [第一点, 第二点]
    key_points_en: [first, second]
    refs: [Synthetic reference {i}]
"""


def write_synthetic_bank(directory: Path, count: int = 10_000) -> Path:
    """One YAML file holding `count` valid questions."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "synthetic.yaml"
    difficulties = ("easy", "medium", "hard")
    with path.open("w", encoding="utf-8") as out:
        out.write("questions:\n")
        for i in range(count):
            out.write(QUESTION.format(i=i, topic=i % 20, tag=i % 50, difficulty=difficulties[i % 3]))
    return path
