"""Loaded by Python at start when this folder is on PYTHONPATH: every network call fails."""

import socket


def _refuse(*args: object, **kwargs: object) -> None:
    raise OSError("network disabled by the offline test")


socket.socket.connect = _refuse  # type: ignore[method-assign]
socket.socket.connect_ex = _refuse  # type: ignore[method-assign]
socket.create_connection = _refuse  # type: ignore[assignment]
socket.getaddrinfo = _refuse  # type: ignore[assignment]
socket.gethostbyname = _refuse  # type: ignore[assignment]
