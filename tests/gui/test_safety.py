"""Safety: a full wizard run and every export open no network connection, and the app never
loads Qt's network module."""

from __future__ import annotations

import socket
import sys

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gui.rendering.exporting import ExportKind
from tests.gui.driving import walk


@pytest.fixture
def no_network(monkeypatch):
    attempts: list[str] = []

    def refuse(name):
        def refused(*args, **kwargs):
            attempts.append(f"{name}{args[:2]}")
            raise OSError("network access is not allowed in this test")

        return refused

    monkeypatch.setattr(socket, "socket", refuse("socket"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    return attempts


def test_a_full_run_and_every_export_stay_offline(qtbot, window, tmp_path, monkeypatch, no_network) -> None:
    walk(qtbot, window, {"trust": "untrusted", "workload": "database", "virtualization": "available"})
    for kind in ExportKind:
        target = tmp_path / f"report.{kind.value}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target: (str(t), ""))
        window.export_actions[kind].trigger()
        assert target.exists()
    window.compare_action.trigger()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    window.about_action.trigger()
    window.language_actions["ko"].trigger()
    window.save_answers_file(tmp_path / "answers.yaml")
    assert window.open_answers_file(tmp_path / "answers.yaml")
    assert no_network == []
    assert "PySide6.QtNetwork" not in sys.modules
