"""Typed answers with the editing keys people use everywhere (prompt_toolkit): arrows, Home/End,
Ctrl-A/E/K/U/W, history within the session, the right width for Chinese and emoji, several lines.

An answer is finished by Enter on an empty line (so a derivation can span lines) or by Alt-Enter at any
time; Ctrl-D on an empty answer quits; Ctrl-C raises KeyboardInterrupt like anywhere else in a session.
prompt_toolkit is imported only when the first line is asked for, so start-up and the first question do not
pay for it.
"""

from __future__ import annotations

from typing import Any, TextIO


class LineEditor:
    """Two prompts with their own history: free answers (several lines) and option letters (one line).
    `screen` is where the prompts are drawn (default stdout; stderr when stdout carries JSON)."""

    def __init__(self, screen: TextIO | None = None) -> None:
        self._sessions: dict[bool, Any] = {}
        self.screen = screen

    def read(self, message: str, multiline: bool) -> str | None:
        """One answer, trailing blank lines removed; None on Ctrl-D with nothing typed."""
        session = self._sessions.get(multiline) or self._session(multiline)
        try:
            text = session.prompt(message)
        except EOFError:
            return None
        return text.rstrip()

    def _session(self, multiline: bool) -> Any:
        from prompt_toolkit import PromptSession
        from prompt_toolkit.history import InMemoryHistory
        from prompt_toolkit.key_binding import KeyBindings

        bindings = KeyBindings()
        if multiline:

            @bindings.add("enter")
            def _enter(event: Any) -> None:
                """A new line, or the end of the answer when the line is empty (or nothing was typed)."""
                buffer = event.current_buffer
                document = buffer.document
                if not buffer.text.strip() or (document.is_cursor_at_the_end and not document.current_line.strip()):
                    buffer.validate_and_handle()
                else:
                    buffer.insert_text("\n")

            @bindings.add("escape", "enter")
            def _submit(event: Any) -> None:
                event.current_buffer.validate_and_handle()

        from prompt_toolkit.output import create_output

        session: PromptSession[str] = PromptSession(
            output=create_output(stdout=self.screen) if self.screen is not None else None,
            history=InMemoryHistory(),
            key_bindings=bindings,
            multiline=multiline,
            prompt_continuation=lambda width, line, wrapped: " " * max(0, width - 2) + "┊ ",
        )
        self._sessions[multiline] = session
        return session
