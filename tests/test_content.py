"""Typed content: every data file loads into its dataclasses, and faults are caught at load.

The interface labels stay a mapping key → Text (``facts.Labels``); the scan below checks at test
time that every key the code asks for exists, so a missing label never reaches a user.
"""

from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path

import pytest

from primehelp import data_check, facts
from primehelp.charges import Fit, Match
from primehelp.content import (
    cancel,
    charges,
    complaints,
    contact,
    escalation,
    fees,
    message,
    refunds,
    reminder,
    scams,
    subscriptions,
    trial,
)
from primehelp.errors import DataError
from primehelp.message import FlagKind
from primehelp.message_read import Kind
from primehelp.number_check import Verdict
from primehelp.phone_plan import NumberKind
from primehelp.plans import Plan
from primehelp.services import AfterPrime, Per

PACKAGE = Path(facts.__file__).parent
# Label readers and the file each reads (``ui`` takes the file as its second argument).
# The functions that read a label by key, and the file each reads from.
READERS = {
    "ui": "ui",
    "renewal_ui": "ui_renewal",
    "cancel_ui": "ui_cancel",
    "_profile_label": "ui_profile",
    "message_ui": "ui_message",
    "read_ui": "ui_message_read",
    "charge_ui": "ui_charge",
}


def test_every_data_file_loads_into_typed_content() -> None:
    assert contact.load().routes[0].id == "chat"
    assert escalation.load().hotline_number == "188"
    assert reminder.load().page_url.startswith("https://")
    assert len(scams.advice()) >= 3
    assert {p.plan for p in fees.load().plans} == set(Plan)
    assert trial.load().regular_days == 30
    assert cancel.load().web_steps[2].trial is not None
    assert refunds.load().statements
    assert set(complaints.load().plans) == set(Plan)
    assert cancel.load().carrier.fact.checked <= dt.date.today()
    assert message.load().limits["no_headers"].sources == ()
    assert subscriptions.load()[0][0].id == "kindle_unlimited"
    assert charges.load().texts[0].label == "Amazon Pay提携サイト"
    assert len(cancel.load().keeps_billing) == 3


def _node(source: str) -> facts.Node:
    return facts.Node("x.toml", "", data_check.parse_data("x.toml", source))


@pytest.mark.parametrize(
    ("source", "read", "problem"),
    [
        ("n = '3'", lambda n: n.integer("n"), "n: must be a whole number"),
        ("n = true", lambda n: n.integer("n"), "n: must be a whole number"),
        ("s = 3", lambda n: n.string("s"), "s: must be a text"),
        ("s = ['a', 1]", lambda n: n.strings("s"), "s: must be a list of texts"),
        ("d = '2026-01-01'", lambda n: n.date("d"), "d: must be a date"),
        ("[t]\nplan = 'weekly'", lambda n: n.node("t").choice("plan", Plan), "t.plan: must be"),
        ("x = 1", lambda n: n.node("t"), "t: missing"),
        ("t = 1", lambda n: n.node("t"), "t: must be a table"),
        ("[t]\nu = 1", lambda n: n.node("t").fact(), "t: must be a fact"),
        ("[[t]]\nu = 1\n[[t]]\nv = 's'", lambda n: n.nodes("t")[1].integer("v"), "t[1].v"),
    ],
)
def test_a_wrong_type_in_the_data_is_a_data_error_naming_where(
    source: str, read: object, problem: str
) -> None:
    with pytest.raises(DataError) as caught:
        read(_node(source))  # type: ignore[operator]
    assert "x.toml" in caught.value.message.en
    assert problem in caught.value.message.en


def test_a_missing_label_is_a_data_error_naming_the_file() -> None:
    with pytest.raises(DataError) as caught:
        facts.labels("ui_renewal")["explain.no_such_line"]
    assert "ui_renewal.toml" in caught.value.message.en


def _constants(tree: ast.Module) -> dict[str, str]:
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            for target in node.targets:
                if isinstance(target, ast.Name) and isinstance(node.value.value, str):
                    found[target.id] = node.value.value
    return found


def _asked_labels() -> list[tuple[str, str, str]]:
    """(where, file, key or regex) for every label the package's code asks for by name."""
    asked = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        constants = _constants(tree)
        for call in ast.walk(tree):
            if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)):
                continue
            if call.func.id not in READERS or not call.args:
                continue
            file = READERS[call.func.id]
            if call.func.id == "ui" and len(call.args) > 1:
                arg = call.args[1]
                if isinstance(arg, ast.Constant):
                    file = arg.value
                elif isinstance(arg, ast.Name) and arg.id in constants:
                    file = constants[arg.id]
                else:
                    continue
            key = call.args[0]
            where = f"{path.name}:{call.lineno}"
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                asked.append((where, file, re.escape(key.value)))
            elif isinstance(key, ast.JoinedStr):
                parts = [
                    re.escape(v.value) if isinstance(v, ast.Constant) else ".+" for v in key.values
                ]
                asked.append((where, file, "".join(parts)))
        # Subscripts of the ``wording`` labels in the domain modules: ui_renewal's, and in
        # reminder.py the action wording (reminder.toml's ``action`` table).
        # monthly_soon.py (review 39b item 3) is given reminder.py's action wording too.
        # past_plans.py (review 57b item 1) too.
        reminder_wording = path.name in ("reminder.py", "monthly_soon.py", "past_plans.py")
        wording_file = "reminder" if reminder_wording else "ui_renewal"
        for sub in ast.walk(tree):
            if (
                isinstance(sub, ast.Subscript)
                and isinstance(sub.value, ast.Name)
                and sub.value.id == "wording"
                and isinstance(sub.slice, ast.Constant)
            ):
                asked.append(
                    (f"{path.name}:{sub.lineno}", wording_file, re.escape(sub.slice.value))
                )
    return asked


def test_every_label_reader_still_exists() -> None:
    """A renamed reader would make the scan below blind to its labels."""
    defined = {
        node.name
        for path in PACKAGE.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text("utf-8")))
        if isinstance(node, ast.FunctionDef)
    }
    assert set(READERS) <= defined


def test_every_label_the_code_asks_for_exists() -> None:
    asked = _asked_labels()
    assert len(asked) > 100  # the scan sees the code
    missing = [
        (where, file, key)
        for where, file, key in asked
        if not any(re.fullmatch(key, label) for label in _labels(file))
        # charge_ui reads ui_charge_text.toml too (output/prices.py: ui_charge is at its limit)
        and not (
            file == "ui_charge"
            and any(re.fullmatch(key, label) for label in _labels("ui_charge_text"))
        )
    ]
    assert missing == []


def _labels(file: str) -> facts.Labels:
    """A file's labels; reminder.toml holds facts too, its labels are its ``action`` table."""
    return facts.labels_in(file, "action") if file == "reminder" else facts.labels(file)


def test_the_labels_built_from_values_exist() -> None:
    for verdict in Verdict:
        facts.ui(f"number.{verdict.value}")  # check-number
    facts.ui("number.circulating")  # check-number and check-message (in place of not_official)
    for kind in NumberKind:
        if kind not in (NumberKind.SHORT_CODE, NumberKind.OTHER):
            facts.ui(f"number.kind_{kind.value}")
    for plan in Plan:
        facts.ui(f"plan_{plan.value}", "ui_calendar")
    for kind in FlagKind:
        facts.ui(f"flag.{kind.value}", "ui_message")
    for input_kind in Kind:
        facts.ui(f"read.kind_{input_kind.value}", "ui_message_read")
    action = reminder.action_wording()
    for prefix in ("action.", "action.trial_"):  # today_action picks the branch's template
        for key in ("cancel_by", "cancel_today", "today", "past", "past_unknown"):
            action[prefix + key]
    for after in AfterPrime:
        facts.ui(f"after.{after.value}", "ui_charge")
    for per in Per:
        facts.ui(f"per_{per.value}", "ui_charge")
    for fit in Fit:
        facts.ui(f"fit_{fit.value}", "ui_charge")
    for match in Match:
        # no price line for these (name_only: no price of the amount, review 38c, item 2)
        if match not in (Match.ANY_AMOUNT, Match.NONE, Match.NAME_ONLY):
            facts.ui(f"match_{match.value}", "ui_charge")
    wording = facts.labels("ui_renewal")
    for key in ("future", "one", "minus_one", "today", "past"):
        wording[f"explain.until_renewal.{key}"]
    for key in ("anchored_annual", "anchored_monthly"):
        wording[f"explain.{key}"]
