# SPDX-License-Identifier: GPL-3.0-or-later
"""Two Syncthing instances that share one folder, as two computers of one person would:
Debian's syncthing, each with its own home, GUI/REST and sync ports on 127.0.0.1 of a
network namespace of their own (`unshare -n`, loopback up), discovery, relays, NAT and
upgrades off. Their config.xml is written before the first start, with each other as
devices and the folder shared.

    with SyncthingPair(tmp_path / "syncthing") as pair:
        pair.folders            # [Path, Path]: the synced folder on each "computer"
        pair.wait_connected()
        pair.disconnect(); ...; pair.scan(); pair.reconnect()
        pair.describe()         # what each one holds and says, for a failure report

Everything is started with Processes.spawn() and stopped by PID.
"""

from __future__ import annotations

import json
import secrets
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from .processes import Processes, run, tail, wait_for

FOLDER_ID = "limber"
START_TIMEOUT = 30


class Instance:
    def __init__(self, root: Path, index: int):
        self.home = root / f"st{index}"
        self.folder = root / f"folder{index}"
        self.gui_port = 18384 + index
        self.sync_port = 22001 + index
        self.api_key = secrets.token_hex(16)
        self.device_id = ""


class SyncthingPair:
    def __init__(self, root: Path):
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self.processes = Processes(self.root / "logs")
        self.instances = [Instance(self.root, 0), Instance(self.root, 1)]
        self.holder = None

    @property
    def folders(self) -> list[Path]:
        return [instance.folder for instance in self.instances]

    # --- start and stop -----------------------------------------------------------------

    def __enter__(self) -> "SyncthingPair":
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def start(self) -> None:
        # The namespace lives as long as this process, which only waits.
        self.holder = self.processes.spawn(
            "netns", ["unshare", "-n", "sh", "-c", "ip link set lo up && exec sleep infinity"])
        wait_for(lambda: "UP" in run(["nsenter", f"--net=/proc/{self.holder.pid}/ns/net", "ip", "link",
                                      "show", "lo"]), 10, "loopback up in the namespace")
        for instance in self.instances:
            instance.folder.mkdir(parents=True, exist_ok=True)
            (instance.folder / ".stfolder").mkdir(exist_ok=True)  # Syncthing's folder marker
            run(["syncthing", "generate", "--home", str(instance.home), "--no-default-folder",
                 "--skip-port-probing"], env=self._env(instance))
            # The new config lists the instance itself as its one device.
            config = ET.parse(instance.home / "config.xml").getroot()
            instance.device_id = config.find("device").get("id")
        for instance in self.instances:
            self._configure(instance)
        for instance in self.instances:
            self.processes.spawn(f"syncthing{self.instances.index(instance)}", [
                "nsenter", f"--net=/proc/{self.holder.pid}/ns/net", "syncthing", "serve",
                "--home", str(instance.home), "--no-browser", "--no-restart", "--no-upgrade",
                "--logflags=0"], env=self._env(instance))
        for instance in self.instances:
            wait_for(lambda i=instance: self._answers(i), START_TIMEOUT, "Syncthing's REST API")

    def stop(self) -> None:
        self.processes.stop_all()

    def _env(self, instance: Instance) -> dict[str, str]:
        return {"PATH": "/usr/sbin:/usr/bin:/bin", "HOME": str(instance.home), "STNODEFAULTFOLDER": "1",
                "STNOUPGRADE": "1"}

    def _configure(self, instance: Instance) -> None:
        """config.xml: ports on loopback, nothing reaching out, the other device and the
        shared folder, watched for changes."""
        path = instance.home / "config.xml"
        tree = ET.parse(path)
        config = tree.getroot()
        gui = config.find("gui")
        gui.find("address").text = f"127.0.0.1:{instance.gui_port}"
        gui.find("apikey").text = instance.api_key
        options = config.find("options")
        for name, value in {"listenAddress": f"tcp://127.0.0.1:{instance.sync_port}",
                            "globalAnnounceEnabled": "false", "localAnnounceEnabled": "false",
                            "relaysEnabled": "false", "natEnabled": "false", "startBrowser": "false",
                            "urAccepted": "-1", "autoUpgradeIntervalH": "0",
                            "crashReportingEnabled": "false"}.items():
            element = options.find(name)
            if element is None:
                element = ET.SubElement(options, name)
            element.text = value
        for device in config.findall("device"):
            config.remove(device)
        for other in self.instances:
            device = ET.SubElement(config, "device", id=other.device_id, name=other.home.name,
                                   compression="metadata", introducer="false")
            ET.SubElement(device, "address").text = (
                "dynamic" if other is instance else f"tcp://127.0.0.1:{other.sync_port}")
        folder = ET.SubElement(config, "folder", id=FOLDER_ID, label="Limber", path=str(instance.folder),
                               type="sendreceive", rescanIntervalS="3600", fsWatcherEnabled="true",
                               fsWatcherDelayS="1")
        for other in self.instances:
            ET.SubElement(folder, "device", id=other.device_id)
        # Left out, it reads as 0: no conflict copies, the newer version simply wins.
        ET.SubElement(folder, "maxConflicts").text = "10"
        config.remove(folder)
        config.insert(0, folder)
        tree.write(path)

    # --- the REST API, inside the namespace ---------------------------------------------

    def api(self, index: int, method: str, path: str):
        instance = self.instances[index]
        script = ("import sys, urllib.request\n"
                  "r = urllib.request.Request(sys.argv[1], method=sys.argv[2], headers={'X-API-Key': sys.argv[3]})\n"
                  "print(urllib.request.urlopen(r, timeout=5).read().decode())\n")
        out = run(["nsenter", f"--net=/proc/{self.holder.pid}/ns/net", sys.executable, "-c", script,
                   f"http://127.0.0.1:{instance.gui_port}{path}", method, instance.api_key])
        return json.loads(out) if out.strip().startswith(("{", "[")) else out

    def _answers(self, instance: Instance) -> bool:
        try:
            return bool(self.api(self.instances.index(instance), "GET", "/rest/system/ping"))
        except Exception:  # noqa: BLE001 - not up yet
            return False

    def connected(self) -> bool:
        other = self.instances[1].device_id
        connections = self.api(0, "GET", "/rest/system/connections")["connections"]
        return connections.get(other, {}).get("connected", False)

    def wait_connected(self, timeout: float = 30) -> None:
        wait_for(self.connected, timeout, "the two Syncthing instances to connect")

    def disconnect(self) -> None:
        """Both stop talking to each other, as two computers apart."""
        for index in (0, 1):
            other = self.instances[1 - index].device_id
            self.api(index, "POST", f"/rest/system/pause?device={other}")
        wait_for(lambda: not self.connected(), 15, "the two to disconnect")

    def scan(self) -> None:
        """Both look at their folder now (the call returns once the scan is done), so a
        change made while apart is known as one before they meet again."""
        for index in (0, 1):
            self.api(index, "POST", f"/rest/db/scan?folder={FOLDER_ID}")

    def describe(self) -> str:
        """Each instance's files (bytes, lines), its view of the folder and its log's tail:
        what a failed delivery is read from."""
        parts = []
        for index, instance in enumerate(self.instances):
            parts.append(f"syncthing{index}, {instance.folder}:")
            for path in sorted(instance.folder.iterdir()) if instance.folder.is_dir() else []:
                if path.is_file():
                    data = path.read_bytes()
                    lines = data.count(b"\n")
                    parts.append(f"  {path.name}: {len(data)} bytes, {lines} lines")
            try:
                status = self.api(index, "GET", f"/rest/db/status?folder={FOLDER_ID}")
                keys = ("state", "needFiles", "needBytes", "inSyncFiles", "localFiles", "globalFiles",
                        "errors", "pullErrors", "stateChanged")
                parts.append("  status: " + json.dumps({key: status.get(key) for key in keys}))
            except Exception as error:  # noqa: BLE001 - a report must not fail
                parts.append(f"  status: not read ({error})")
            log = self.processes.logdir / f"syncthing{index}.log"
            parts.append(tail(log, 30))
        return "\n".join(parts)

    def reconnect(self) -> None:
        for index in (0, 1):
            other = self.instances[1 - index].device_id
            self.api(index, "POST", f"/rest/system/resume?device={other}")
        self.wait_connected()
