"""Packaging: the Linux desktop files, the install script and the PyInstaller spec.

The bundle itself is built by packaging/build_linux.sh, never here (too slow for the suite);
the spec is executed with stand-ins for PyInstaller's build classes instead.
"""

from __future__ import annotations

import configparser
import inspect
import os
import re
import shutil
import subprocess
import sys
import tomllib
import types
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image
from tools import require_tool

from gptbots_planner import APP_ID, APP_NAME
from gptbots_planner.gui import launcher

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "resources" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME_XML = LINUX / f"{APP_ID}.mime.xml"
SPEC = ROOT / "packaging" / "gptbots-planner.spec"
INSTALL = ROOT / "packaging" / "install_linux_desktop.sh"
BUILD = ROOT / "packaging" / "build_linux.sh"
MIME_TYPE = "application/x-gptbots-plan"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def read_desktop(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


# --- .desktop ---------------------------------------------------------------------------------


def test_desktop_file_passes_desktop_file_validate():
    tool = require_tool("desktop-file-validate")
    proc = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "error" not in (proc.stdout + proc.stderr).lower()


def test_desktop_file_names_the_app_and_opens_plans():
    entry = read_desktop(DESKTOP)
    assert entry["Type"] == "Application"
    assert entry["Name"] == APP_NAME
    assert entry["Name[zh_CN]"] == "GPTBots 积分规划器"
    assert entry["Comment"] and entry["Comment[zh_CN]"]
    assert entry["Exec"] == "gptbots-planner %F"
    # the command in Exec is the gui-script pyproject installs
    assert "gptbots-planner" in PROJECT["gui-scripts"]
    assert entry["Icon"] == APP_ID
    assert entry["MimeType"] == f"{MIME_TYPE};"
    assert entry["Categories"].split(";")[:2] == ["Office", "Finance"]
    # On X11 Qt sets WM_CLASS to the program name (seen with xprop on the bundle's window);
    # docks match the window to this entry by it.
    assert entry["StartupWMClass"] == "gptbots-planner"


# --- AppStream metainfo -------------------------------------------------------------------------


def test_metainfo_passes_appstreamcli_validate():
    tool = require_tool("appstreamcli")
    proc = subprocess.run(
        [tool, "validate", "--no-net", "--pedantic", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output
    # Pedantic notes are allowed (the reverse-DNS id has capitals by choice); errors,
    # warnings and info-level issues are not.
    issues = [line for line in output.splitlines() if re.match(r"^[EWI]: ", line)]
    assert issues == [], output


def test_metainfo_describes_this_release_and_links_the_desktop_file():
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == PROJECT["license"] == "GPL-3.0-or-later"
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    assert root.find("content_rating").get("type") == "oars-1.1"
    # the newest release entry is the version being packaged: bumping pyproject without
    # adding a release note fails here
    releases = root.findall("releases/release")
    assert releases[0].get("version") == PROJECT["version"]
    assert releases[0].get("date") == "2026-11-27"
    assert MIME_TYPE in [m.text for m in root.findall("provides/mediatype")]
    assert root.find("name[@{http://www.w3.org/XML/1998/namespace}lang='zh_CN']") is not None


def test_metainfo_screenshots_point_at_docs_screenshots():
    root = ET.parse(METAINFO).getroot()
    urls = [image.text for image in root.findall("screenshots/screenshot/image")]
    assert urls, "no screenshots"
    prefix = (
        "https://raw.githubusercontent.com/gptbots-planner/gptbots-planner/main/docs/screenshots/"
    )
    names = []
    for url in urls:
        assert url.startswith(prefix), url
        names.append(url[len(prefix) :])
        assert re.fullmatch(r"[a-z0-9-]+\.png", names[-1]), url
    assert "main-en-light.png" in names
    assert root.findall("screenshots/screenshot")[0].get("type") == "default"
    # the URLs only work once pushed, but the files must be in the repository
    for name in names:
        assert (ROOT / "docs" / "screenshots" / name).is_file(), name


# --- MIME type ----------------------------------------------------------------------------------


def test_mime_definition_globs_gbplan_as_json():
    root = ET.parse(MIME_XML).getroot()
    types = root.findall(f"{MIME_NS}mime-type")
    assert [t.get("type") for t in types] == [MIME_TYPE]
    mime = types[0]
    assert [g.get("pattern") for g in mime.findall(f"{MIME_NS}glob")] == ["*.gbplan"]
    assert [s.get("type") for s in mime.findall(f"{MIME_NS}sub-class-of")] == ["application/json"]
    assert mime.findtext(f"{MIME_NS}comment")


def test_mime_database_maps_gbplan_to_the_plan_type(tmp_path):
    tool = require_tool("update-mime-database")
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME_XML, packages / f"{APP_ID}.xml")
    subprocess.run([tool, str(tmp_path / "mime")], capture_output=True, check=True)
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8").splitlines()
    assert any(line.endswith(f":{MIME_TYPE}:*.gbplan") for line in globs), globs
    subclasses = (tmp_path / "mime" / "subclasses").read_text(encoding="utf-8").splitlines()
    assert f"{MIME_TYPE} application/json" in subclasses


# --- install script -------------------------------------------------------------------------------


def _run_install(script: Path, data_home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, XDG_DATA_HOME=str(data_home), HOME=str(data_home.parent))
    return subprocess.run(
        ["sh", str(script), *args], capture_output=True, text=True, env=env, check=False
    )


def _installed_files(data: Path) -> list[Path]:
    files = [
        data / "applications" / f"{APP_ID}.desktop",
        data / "metainfo" / f"{APP_ID}.metainfo.xml",
        data / "mime" / "packages" / f"{APP_ID}.xml",
        data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
    ]
    files += [
        data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        for size in launcher.ICON_SIZES
    ]
    return files


def test_install_script_installs_for_the_user_and_uninstalls(tmp_path):
    require_tool("update-desktop-database")
    data = tmp_path / "home" / ".local" / "share"
    proc = _run_install(INSTALL, data, "--exec", "/opt/GPTBots Planner/gptbots-planner")
    assert proc.returncode == 0, proc.stderr
    for path in _installed_files(data):
        assert path.is_file(), path
    icon_48 = data / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png"
    assert icon_48.read_bytes() == launcher.app_icon_png_path(48).read_bytes()

    desktop = data / "applications" / f"{APP_ID}.desktop"
    entry = read_desktop(desktop)
    # a path with a space is quoted in Exec, plain in TryExec
    assert entry["Exec"] == '"/opt/GPTBots Planner/gptbots-planner" %F'
    assert entry["TryExec"] == "/opt/GPTBots Planner/gptbots-planner"
    validator = shutil.which("desktop-file-validate")
    if validator:
        check = subprocess.run([validator, str(desktop)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout
    # update-desktop-database registered the app for plan files
    cache = (data / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
    assert f"{MIME_TYPE}={APP_ID}.desktop;" in cache

    proc = _run_install(INSTALL, data, "--uninstall")
    assert proc.returncode == 0, proc.stderr
    assert not any(path.exists() for path in _installed_files(data))


def test_install_script_from_source_runs_the_command_found_on_path(tmp_path):
    # e.g. a virtual environment's bin/, which the desktop session's PATH does not have
    venv_bin = tmp_path / "venv" / "bin"
    venv_bin.mkdir(parents=True)
    command = venv_bin / "gptbots-planner"
    command.write_text("#!/bin/sh\n", encoding="utf-8")
    command.chmod(0o755)
    data = tmp_path / "home" / ".local" / "share"
    env = dict(
        os.environ,
        XDG_DATA_HOME=str(data),
        HOME=str(tmp_path / "home"),
        PATH=f"{venv_bin}{os.pathsep}{os.environ['PATH']}",
    )
    proc = subprocess.run(
        ["sh", str(INSTALL)], capture_output=True, text=True, env=env, check=False
    )
    assert proc.returncode == 0, proc.stderr
    entry = read_desktop(data / "applications" / f"{APP_ID}.desktop")
    assert entry["Exec"] == f"{command} %F"
    assert entry["TryExec"] == str(command)


def test_install_script_refuses_an_exec_path_it_cannot_quote(tmp_path):
    data = tmp_path / "share"
    proc = _run_install(INSTALL, data, "--exec", "/opt/$HOME/gptbots-planner")
    assert proc.returncode == 2
    assert "must not contain" in proc.stderr
    assert not (data / "applications" / f"{APP_ID}.desktop").exists()


def test_install_script_from_an_unpacked_bundle_runs_the_bundle(tmp_path):
    # the layout build_linux.sh produces: the script next to the executable, resources inside
    bundle = tmp_path / "opt" / "gptbots-planner"
    resources = bundle / "_internal" / "gptbots_planner" / "resources"
    shutil.copytree(ROOT / "resources" / "linux", resources / "linux")
    shutil.copytree(ROOT / "resources" / "icons", resources / "icons")
    executable = bundle / "gptbots-planner"
    executable.write_text("#!/bin/sh\n", encoding="utf-8")
    executable.chmod(0o755)
    shutil.copy(INSTALL, bundle / INSTALL.name)
    data = tmp_path / "home" / ".local" / "share"
    proc = _run_install(bundle / INSTALL.name, data)
    assert proc.returncode == 0, proc.stderr
    entry = read_desktop(data / "applications" / f"{APP_ID}.desktop")
    assert entry["Exec"] == f"{executable} %F"
    assert entry["TryExec"] == str(executable)


def test_shell_scripts_parse():
    assert subprocess.run(["sh", "-n", str(INSTALL)], check=False).returncode == 0
    assert subprocess.run(["bash", "-n", str(BUILD)], check=False).returncode == 0
    for script in (INSTALL, BUILD):
        assert os.access(script, os.X_OK), f"{script} is not executable"


# --- icons --------------------------------------------------------------------------------------


def test_icon_svg_is_square_and_pngs_are_drawn():
    svg = ET.parse(launcher.app_icon_path()).getroot()
    assert svg.get("viewBox") == "0 0 512 512"
    for size in launcher.ICON_SIZES:
        with Image.open(launcher.app_icon_png_path(size)) as image:
            rgba = image.convert("RGBA")
            assert rgba.size == (size, size)
            # transparent outside the rounded tile, opaque and colourful inside
            assert rgba.getpixel((0, 0))[3] == 0
            assert rgba.getpixel((size // 2, size // 2))[3] == 255
            assert len(rgba.getcolors(maxcolors=size * size)) > 8


# --- PyInstaller spec ---------------------------------------------------------------------------


class _Recorder:
    """Stands in for Analysis/PYZ/EXE/COLLECT/BUNDLE: keeps its arguments."""

    calls: dict[str, _Recorder]

    def __init__(self, kind: str, *args, **kwargs):
        self.kind = kind
        self.args = args
        self.kwargs = kwargs
        self.pure: list[tuple[str, str, str]] = []
        self.scripts: list[tuple[str, str, str]] = []
        self.binaries: list[tuple[str, str, str]] = []
        self.datas: list[tuple[str, str, str]] = []


def _fake_collected() -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    qt = "PySide6/Qt"
    binaries = [
        (f"{qt}/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        (f"{qt}/plugins/platforms/libqwayland.so", "/src/libqwayland.so", "BINARY"),
        (f"{qt}/plugins/platforms/libqvnc.so", "/src/libqvnc.so", "BINARY"),
        (f"{qt}/plugins/platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
        (f"{qt}/plugins/platformthemes/libqxdgdesktopportal.so", "/src/p.so", "BINARY"),
        (
            f"{qt}/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
            "/s",
            "BINARY",
        ),
        (f"{qt}/plugins/imageformats/libqsvg.so", "/src/libqsvg.so", "BINARY"),
        (f"{qt}/plugins/imageformats/libqpdf.so", "/src/libqpdf.so", "BINARY"),
        (f"{qt}/lib/libQt6Widgets.so.6", "/src/libQt6Widgets.so.6", "BINARY"),
    ]
    datas = [
        (f"{qt}/translations/qtbase_de.qm", "/src/qtbase_de.qm", "DATA"),
        (f"{qt}/translations/qtbase_zh_CN.qm", "/src/qtbase_zh_CN.qm", "DATA"),
        ("gptbots_planner/resources/pricing/catalog.json", "/src/catalog.json", "DATA"),
    ]
    return binaries, datas


def _exec_spec(
    spec_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    extra_modules: dict[str, types.ModuleType] | None = None,
) -> dict[str, object]:
    monkeypatch.delenv("GPTBOTS_PLANNER_CONSOLE", raising=False)

    # PyInstaller is a build tool, not a test dependency: the spec's hook target is a
    # stand-in with the same shape (test_pyinstaller_still_has_the_hook_the_spec_wraps
    # checks the real one where PyInstaller is installed).
    class QtLibraryInfo:
        pass

    hooks_qt = types.ModuleType("PyInstaller.utils.hooks.qt")
    hooks_qt.QtLibraryInfo = QtLibraryInfo  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.utils", "PyInstaller.utils.hooks"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks.qt", hooks_qt)
    for name, module in (extra_modules or {}).items():
        monkeypatch.setitem(sys.modules, name, module)
    plugins = {
        "platformthemes": [
            ("/q/plugins/platformthemes/libqgtk3.so", "PySide6/Qt/plugins/platformthemes"),
            ("/q/plugins/platformthemes/libqxdgdesktopportal.so", "p"),
        ],
        "egldeviceintegrations": [("/q/plugins/egldeviceintegrations/libqeglfs-kms.so", "e")],
    }
    # The spec wraps this hook method; give it a known original.
    QtLibraryInfo.collect_plugins = lambda self, plugin_type: list(plugins[plugin_type])
    binaries, datas = _fake_collected()

    def analysis(*args, **kwargs):
        recorder = _Recorder("Analysis", *args, **kwargs)
        recorder.binaries = list(binaries)
        recorder.datas = list(datas)
        return recorder

    namespace: dict[str, object] = {
        "__name__": "__main__",
        "__file__": str(spec_dir / SPEC.name),
        "SPECPATH": str(spec_dir),
        "Analysis": analysis,
        **{
            kind: (lambda *a, _k=kind, **kw: _Recorder(_k, *a, **kw))
            for kind in ("PYZ", "EXE", "COLLECT", "BUNDLE")
        },
    }
    code = compile((spec_dir / SPEC.name).read_text(encoding="utf-8"), str(SPEC), "exec")
    exec(code, namespace)
    namespace["_collect_plugins"] = QtLibraryInfo.collect_plugins
    return namespace


def _spec_tree(tmp_path: Path, name: str, version: str) -> Path:
    """A copy of the project frame whose pyproject has another name and version."""
    (tmp_path / "packaging").mkdir()
    shutil.copy(SPEC, tmp_path / "packaging" / SPEC.name)
    shutil.copy(ROOT / "packaging" / "gptbots_planner_main.py", tmp_path / "packaging")
    shutil.copy(ROOT / "packaging" / "gptbots_planner_cli_main.py", tmp_path / "packaging")
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    pyproject = re.sub(r'(?m)^name = ".*"$', f'name = "{name}"', pyproject, count=1)
    pyproject = re.sub(r'(?m)^version = ".*"$', f'version = "{version}"', pyproject, count=1)
    (tmp_path / "pyproject.toml").write_text(pyproject, encoding="utf-8")
    (tmp_path / "gptbots_planner").symlink_to(ROOT / "gptbots_planner")
    (tmp_path / "resources").symlink_to(ROOT / "resources")
    return tmp_path / "packaging"


def test_spec_reads_name_and_version_from_pyproject(tmp_path, monkeypatch):
    spec_dir = _spec_tree(tmp_path, "probe-planner", "9.8.7")
    ns = _exec_spec(spec_dir, monkeypatch)
    assert (ns["NAME"], ns["VERSION"]) == ("probe-planner", "9.8.7")
    assert ns["APP_ID"] == APP_ID
    exe, coll = ns["exe"], ns["coll"]
    assert exe.kwargs["name"] == coll.kwargs["name"] == "probe-planner"
    # the version is not written into the spec itself
    assert PROJECT["version"] not in SPEC.read_text(encoding="utf-8")


def test_spec_macos_bundle_carries_id_version_and_plan_type(tmp_path, monkeypatch):
    spec_dir = _spec_tree(tmp_path, "probe-planner", "9.8.7")
    real_platform = sys.platform
    monkeypatch.setattr(sys, "platform", "darwin")
    try:
        ns = _exec_spec(spec_dir, monkeypatch)
    finally:
        sys.platform = real_platform  # as short a window as possible
    bundle = ns["app"]
    assert bundle.kwargs["bundle_identifier"] == APP_ID
    assert bundle.kwargs["version"] == "9.8.7"
    plist = bundle.kwargs["info_plist"]
    assert plist["CFBundleShortVersionString"] == "9.8.7"
    exported = plist["UTExportedTypeDeclarations"][0]
    assert exported["UTTypeTagSpecification"]["public.filename-extension"] == ["gbplan"]
    assert bundle.kwargs["icon"].endswith(f"{APP_ID}-512.png")


def test_spec_windows_exe_carries_the_version_resource(tmp_path, monkeypatch):
    spec_dir = _spec_tree(tmp_path, "probe-planner", "9.8.7")

    # PyInstaller's versioninfo module needs pefile (Windows only): record the calls instead.
    def recorder(kind: str):
        return lambda *args, **kwargs: (kind, args, kwargs)

    versioninfo = types.ModuleType("PyInstaller.utils.win32.versioninfo")
    for kind in (
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    ):
        setattr(versioninfo, kind, recorder(kind))
    win32 = types.ModuleType("PyInstaller.utils.win32")
    win32.versioninfo = versioninfo  # type: ignore[attr-defined]
    real_platform = sys.platform
    monkeypatch.setattr(sys, "platform", "win32")
    try:
        ns = _exec_spec(
            spec_dir,
            monkeypatch,
            extra_modules={"PyInstaller.utils.win32": win32, versioninfo.__name__: versioninfo},
        )
    finally:
        sys.platform = real_platform
    assert ns["exe"].kwargs["name"] == "probe-planner"
    for exe in (ns["exe"], ns["cli_exe"]):
        kind, _, info = exe.kwargs["version"]
        assert kind == "VSVersionInfo"
        assert info["ffi"][2] == {"filevers": (9, 8, 7, 0), "prodvers": (9, 8, 7, 0)}
        string_table = info["kids"][0][1][0][0]
        strings = {entry[1][0]: entry[1][1] for entry in string_table[1][1]}
        assert strings["ProductVersion"] == strings["FileVersion"] == "9.8.7"
        assert strings["OriginalFilename"] == f"{exe.kwargs['name']}.exe"
        assert exe.kwargs["icon"].endswith(f"{APP_ID}-256.png")  # Pillow makes the .ico


def test_spec_builds_a_windowed_onedir_with_the_app_and_its_resources(monkeypatch):
    ns = _exec_spec(SPEC.parent, monkeypatch)
    a, exe, coll = ns["a"], ns["exe"], ns["coll"]
    assert exe.kwargs["name"] == PROJECT["name"]
    assert exe.kwargs["console"] is False
    assert exe.kwargs["exclude_binaries"] is True  # onedir: libraries go to COLLECT
    assert coll.args[0] is exe
    script = Path(a.args[0][0])
    assert script.is_file()
    assert "from gptbots_planner.gui.launcher import main" in script.read_text(encoding="utf-8")

    # the command line ships in the same folder, as a console program without Qt
    cli, cli_exe = ns["cli"], ns["cli_exe"]
    assert cli_exe.kwargs["name"] == "gptbots-planner-cli"
    assert PROJECT["scripts"]["gptbots-planner-cli"] == "gptbots_planner.cli:main"
    assert cli_exe.kwargs["console"] is True
    assert cli_exe.kwargs["exclude_binaries"] is True
    assert coll.args[:2] == (exe, cli_exe)
    cli_script = Path(cli.args[0][0])
    assert "from gptbots_planner.cli import main" in cli_script.read_text(encoding="utf-8")
    assert "PySide6" in cli.kwargs["excludes"]
    assert "gptbots_planner.cli.measure_cmd" in cli.kwargs["hiddenimports"]
    assert not [m for m in cli.kwargs["hiddenimports"] if m.startswith("gptbots_planner.gui")]

    hidden = a.kwargs["hiddenimports"]
    for module in (
        "gptbots_planner.gui.launcher",
        "gptbots_planner.core.catalog",
        "gptbots_planner.measure.tokens",
    ):
        assert module in hidden
    datas = {
        (Path(src).relative_to(ROOT / "resources").as_posix(), dest)
        for src, dest in a.kwargs["datas"]
    }
    for path in (
        "pricing/catalog.json",
        "tokenizers/o200k_base.tiktoken",
        "tokenizers/cl100k_base.tiktoken",
        f"icons/{APP_ID}.svg",
        f"linux/{APP_ID}.desktop",
        "__init__.py",  # lets the frozen app import gptbots_planner.resources from disk
    ):
        folder = str(Path("gptbots_planner", "resources", path).parent)
        assert (path, folder) in datas, path


def test_spec_excludes_unused_qt_modules_and_plugins(monkeypatch):
    ns = _exec_spec(SPEC.parent, monkeypatch)
    a = ns["a"]
    excludes = set(a.kwargs["excludes"])
    for used in (
        "PySide6.QtCore",
        "PySide6.QtGui",
        "PySide6.QtWidgets",
        "PySide6.QtCharts",
        "PySide6.QtSvg",
    ):
        assert used not in excludes
    # present in PySide6-Essentials/Addons, never used by the app
    for unused in ("PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtNetwork", "PySide6.Qt3DCore"):
        assert unused in excludes
    assert {"numpy", "requests", "tkinter"} <= excludes

    # the plugin filter sits in PyInstaller's Qt hook, before dependency analysis
    collect = ns["_collect_plugins"]
    assert [src for src, _ in collect(None, "platformthemes")] == [
        "/q/plugins/platformthemes/libqxdgdesktopportal.so"
    ]
    assert collect(None, "egldeviceintegrations") == []

    # and again on what Analysis collected
    kept = {dest for dest, _src, _kind in a.binaries + a.datas}
    qt = "PySide6/Qt"
    assert f"{qt}/plugins/platformthemes/libqgtk3.so" not in kept
    assert f"{qt}/plugins/platforms/libqvnc.so" not in kept
    assert f"{qt}/plugins/imageformats/libqpdf.so" not in kept
    assert f"{qt}/translations/qtbase_de.qm" not in kept
    for needed in (
        f"{qt}/plugins/platforms/libqxcb.so",
        f"{qt}/plugins/platforms/libqwayland.so",
        f"{qt}/plugins/platformthemes/libqxdgdesktopportal.so",
        f"{qt}/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        f"{qt}/plugins/imageformats/libqsvg.so",
        f"{qt}/lib/libQt6Widgets.so.6",
        f"{qt}/translations/qtbase_zh_CN.qm",
        "gptbots_planner/resources/pricing/catalog.json",
    ):
        assert needed in kept, needed


def test_pyinstaller_still_has_the_hook_the_spec_wraps():
    qt_hooks = pytest.importorskip(
        "PyInstaller.utils.hooks.qt", reason="PyInstaller is only needed to build the bundle"
    )
    collect = qt_hooks.QtLibraryInfo.collect_plugins
    assert list(inspect.signature(collect).parameters) == ["self", "plugin_type"]
