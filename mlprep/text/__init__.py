"""Pure text for the terminal: LaTeX → Unicode, CJK-aware wrapping, Markdown laid out in lines (no Rich here)."""
