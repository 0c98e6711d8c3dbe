# Build the Windows bundle and installer (run in PowerShell from anywhere, on Windows 10/11
# x64 with Python 3.11+ and Inno Setup 6 installed). Not run on this project's Linux CI.
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build-windows.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

if (-not (Test-Path ".venv-windows")) { py -3 -m venv .venv-windows }
$py = ".venv-windows\Scripts\python.exe"
& $py -m pip install -q --upgrade pip
& $py -m pip install -q ".[dev]"
$version = & $py -c "import supervision_app; print(supervision_app.__version__)"

& $py -m PyInstaller --noconfirm --clean packaging\supervision-journal.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# The bundle must work before it is packed: the console executable prints the self-test.
& "dist\supervision-journal\supervision-journal-cli.exe" --self-test
if ($LASTEXITCODE -ne 0) { throw "The bundle's self-test failed" }

$iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe"
if (-not (Test-Path $iscc)) { $iscc = "ISCC.exe" }
& $iscc "/DAppVersion=$version" packaging\windows\supervision-journal.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "Installer: dist\supervision-journal-$version-windows-x64-setup.exe"
