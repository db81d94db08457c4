"""One running Dapodik Lokal per database: a second start brings the first forward."""

import hashlib

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_TIMEOUT_MS = 500


def channel_name(database_path) -> str:
    digest = hashlib.sha256(str(database_path).encode()).hexdigest()[:16]
    return f"dapodik-lokal-{digest}"


class SingleInstance(QObject):
    """``claim()`` is False when another process already has this database open;
    that process is then asked to show its window (``activated`` fires there)."""

    activated = Signal()

    def __init__(self, database_path, parent=None):
        super().__init__(parent)
        self.name = channel_name(database_path)
        self.server: QLocalServer | None = None

    def claim(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if socket.waitForConnected(CONNECT_TIMEOUT_MS):
            socket.write(b"show")
            socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
            socket.disconnectFromServer()
            return False
        # Nobody answers: a name left by a crashed process is stale, take it over.
        QLocalServer.removeServer(self.name)
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._on_connection)
        return self.server.listen(self.name)

    def _on_connection(self) -> None:
        while self.server.hasPendingConnections():
            self.server.nextPendingConnection().deleteLater()
            self.activated.emit()

    def release(self) -> None:
        """Stop answering for this database: another start may claim it."""
        if self.server is not None:
            self.server.close()
            self.server = None
