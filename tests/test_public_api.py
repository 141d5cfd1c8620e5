"""The public surface is pinned, and the README documents every command and setting."""

from __future__ import annotations

import re
from pathlib import Path

import typer.main

import kronika
from kronika.cli import app
from kronika.settings import SETTINGS

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_public_names_are_pinned():
    assert sorted(kronika.__all__) == sorted(
        ["Analysis", "Document", "analyze", "analyze_many", "open_store", "__version__"]
    )


def command_names() -> list[str]:
    group = typer.main.get_command(app)
    return sorted(group.commands)


def test_every_command_is_in_the_readme():
    for name in command_names():
        assert re.search(rf"kronika {name}\b", README), f"README lacks 'kronika {name}'"


def test_every_command_help_ends_with_an_example():
    group = typer.main.get_command(app)
    for name, command in group.commands.items():
        assert "Example: kronika " + name in (command.help or ""), name


def test_every_setting_is_in_the_readme():
    for setting in SETTINGS.values():
        assert setting.env in README, setting.env


def test_analyze_returns_typed_records():
    a = kronika.analyze(
        "Hamas accused Israel of violating the truce in Gaza on Sunday.", published="2025-02-10"
    )
    assert isinstance(a, kronika.Analysis)
    assert any(e.type == "ACCUSE" for e in a.events)
