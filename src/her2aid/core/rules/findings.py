"""Collects what the rules conclude along the way: trace steps, flags, next steps.

Rules call ``step``/``flag``/``next_step`` with ids; the wording and sources
come from the content files, so no clinical sentence lives in Python.
"""

from __future__ import annotations

from her2aid.core.content import Content
from her2aid.core.models import NextStep, TraceStep


class Findings:
    """Accumulates trace steps, flags and next steps in the order rules add them."""

    def __init__(self, content: Content) -> None:
        self._content = content
        self._made = _prebuilt(content)
        self.steps: list[TraceStep] = []
        self.flags: list[str] = []
        self._next: list[str] = []

    def step(self, rule: str, **values: str) -> None:
        """Record that ``rule`` applied; ``values`` fill its sentence."""
        if not values:
            self.steps.append(self._made.steps[rule])
            return
        entry = self._content.trace[rule]
        locator = entry.locator_by_group.get(values.get("group", ""), entry.locator)
        self.steps.append(
            TraceStep(
                rule=rule,
                text=entry.clinician.format(**values),
                source=entry.source,
                locator=locator,
            )
        )

    def cited_step(self, rule: str, source: str, locator: str, **values: str) -> None:
        """Record a rule whose source depends on the case (e.g. which trial's criteria)."""
        text = self._content.trace[rule].clinician.format(**values)
        self.steps.append(TraceStep(rule=rule, text=text, source=source, locator=locator))

    def flag(self, code: str) -> None:
        """Raise a stable flag code (once)."""
        if code not in self._content.flags:
            raise KeyError(code)
        if code not in self.flags:
            self.flags.append(code)

    def next_step(self, step_id: str) -> None:
        """Ask for a test or action (once)."""
        if step_id not in self._content.next_steps:
            raise KeyError(step_id)
        if step_id not in self._next:
            self._next.append(step_id)

    def asked(self, step_id: str) -> bool:
        """Whether a next step has been asked for already."""
        return step_id in self._next

    def next_steps(self) -> tuple[NextStep, ...]:
        """Next steps in the order the content file lists them."""
        made = self._made.next_steps
        return tuple(made[i] for i in sorted(self._next, key=self._made.order.__getitem__))


class _Prebuilt:
    """Immutable result pieces that do not depend on the case, built once per content."""

    def __init__(self, content: Content) -> None:
        self.content = content
        self.steps = {
            rule: TraceStep(rule, entry.clinician, entry.source, entry.locator)
            for rule, entry in content.trace.items()
            if "{" not in entry.clinician
        }
        self.next_steps = {
            i: NextStep(i, e.clinician, e.source, e.locator) for i, e in content.next_steps.items()
        }
        self.order = {i: n for n, i in enumerate(content.next_steps)}


_cache: dict[int, _Prebuilt] = {}


def _prebuilt(content: Content) -> _Prebuilt:
    made = _cache.get(id(content))
    if made is None or made.content is not content:
        made = _cache[id(content)] = _Prebuilt(content)
    return made
