"""The guideline rules, one module per question.

``hormone`` (ER, PR, HR), ``her2`` (IHC, ISH groups, category), ``subtype``
(SEER subtype, St Gallen surrogate) and ``options`` (treatment classes). Each
rule records what it applied in a :class:`~her2aid.core.rules.findings.Findings`
so the result carries its own explanation. These modules are held to 100 %
branch coverage.
"""
