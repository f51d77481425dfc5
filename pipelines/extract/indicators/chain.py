"""The naming rules of one kind of figure as one straight-line function, for speed only.

:func:`~pipelines.extract.indicators.naming.run_rules` runs, for each figure, the rules of
:data:`~pipelines.extract.indicators.naming.RULES` whose precheck holds, in order: a rule of a
``group`` is skipped once another rule of its group applied, and a rule that applied and changed
the name is recorded in the chain.  A loop over the rules pays, per rule and figure, a tuple
unpacking, a group test and two branch tests in the interpreter (about a fifth of the naming
time, with 15 to 20 rules per figure); :func:`compile_chain` writes the same steps as one
function per kind of figure, so each rule costs a call and a ``None`` test, and a rule whose
first test fails on most drafts (a trigger) costs that test alone.

>>> def up(s, d):  # a toy rule on plain strings: what matters is the order, groups and chain
...     return None
>>> run = compile_chain((("up", up, ""),))
>>> run(None, "x", ["first"])
'x'
>>> def short(s, d):  # a toy rule on plain strings, triggered only by short drafts
...     return d + "!"
>>> run = compile_chain((("short", short, ""),), {"short": "len(d) < LIMIT"}, {"LIMIT": 3})
>>> chain = []
>>> run(None, "abc", chain), chain
('abc', [])
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

#: A compiled chain: (scene, first draft, the chain's rule names so far) -> the last draft;
#: the names of the rules that changed the draft are appended to the list given.
Chain = Callable[[Any, Any, list[str]], Any]


def compile_chain(rules: tuple[tuple[str, Callable[[Any, Any], Any], str], ...],
                  triggers: dict[str, str] | None = None, names: dict[str, Any] | None = None) -> Chain:
    """One function that runs ``rules`` ((name, apply, group), in order) as the loop of
    ``run_rules`` would: the same rules called in the same order with the same drafts.

    triggers: for some rules, a Python expression over the scene ``s`` and the draft ``d`` that is
    false only where the rule would return None (its first test, written out); such a rule is
    called only where its trigger holds.  names: the globals the triggers read.
    """
    triggers = triggers or {}
    env: dict[str, Any] = dict(names or {})
    groups = sorted({group for _, _, group in rules if group})
    flags = {group: f"_g{k}" for k, group in enumerate(groups)}
    lines = ["def run(s, d, chain):\n"]
    lines += [f"    {flag} = False\n" for flag in flags.values()]
    for k, (name, apply, group) in enumerate(rules):
        env[f"_r{k}"] = apply
        pad = "    "
        tests = [f"not {flags[group]}"] if group else []  # a group's rule: only while none of it applied
        if name in triggers:
            tests.append(f"({triggers[name]})")
        if tests:
            lines.append(f"    if {' and '.join(tests)}:\n")
            pad = "        "
        lines.append(f"{pad}new = _r{k}(s, d)\n")
        lines.append(f"{pad}if new is not None:\n")
        if group:
            lines.append(f"{pad}    {flags[group]} = True\n")
        lines.append(f"{pad}    if new.name != d.name or new.extra != d.extra:\n")
        lines.append(f"{pad}        chain.append({name!r})\n")
        lines.append(f"{pad}    d = new\n")
    lines.append("    return d\n")
    exec("".join(lines), env)  # noqa: S102 - our own generated source, as records.py does
    return env["run"]
