"""The PMP upload page in a real headless Chromium (Debian's ``chromium`` and
``chromium-driver``, driven by Selenium): choosing a file, dropping one, and
seeing the server's answer. Skipped only where Chromium is not installed."""

import base64
import shutil
from pathlib import Path

import pytest
from pmp_files import export_for

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="/usr/bin/chromium tidak ada: pasang paket Debian chromium dan chromium-driver",
)


@pytest.fixture
def browser(tmp_path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1000,800",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
    ):
        options.add_argument(flag)
    # The system chromedriver, named explicitly: Selenium then downloads nothing.
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()
    shutil.rmtree(tmp_path / "chromium-profile", ignore_errors=True)


def submit(driver) -> str:
    """Click Unggah and return the message of the page the server answers with."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    form = driver.find_element(By.ID, "form")
    driver.find_element(By.ID, "unggah").click()
    wait = WebDriverWait(driver, 30)
    wait.until(expected_conditions.staleness_of(form))  # not the message of the page before
    return wait.until(expected_conditions.presence_of_element_located((By.ID, "pesan"))).text


def test_choosing_the_file_and_uploading_shows_sudah_kirim(
    browser, server, new_school, small_db, tmp_path
):
    from selenium.webdriver.common.by import By

    school = new_school(server)
    path = export_for(small_db, school.npsn, school.kode, tmp_path / "keluar")
    browser.get(server.url("/pmp"))
    browser.find_element(By.ID, "berkas").send_keys(str(path))
    assert browser.find_element(By.ID, "terpilih").text == f"Berkas: {path.name}"
    assert submit(browser) == f"Berkas diterima untuk NPSN {school.npsn}. Status: Sudah Kirim."
    browser.save_screenshot(str(tmp_path / "pmp_upload_page.png"))
    status = school.http.get("/api/v1/pmp/status").json()
    assert status["status"] == "Sudah Kirim"


# A drop event carrying a File, as the browser builds one when a file is dragged
# from the file manager (WebDriver cannot drag from outside the page).
DROP = """
const [name, b64] = arguments;
const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));
const transfer = new DataTransfer();
transfer.items.add(new File([bytes], name));
document.getElementById("area").dispatchEvent(
  new DragEvent("drop", {dataTransfer: transfer, bubbles: true, cancelable: true}));
"""


def test_a_dropped_file_is_uploaded_and_a_bad_one_refused(
    browser, server, new_school, small_db, tmp_path
):
    from selenium.webdriver.common.by import By

    school = new_school(server)
    path = export_for(small_db, school.npsn, school.kode, tmp_path / "keluar")
    browser.get(server.url("/pmp"))
    browser.execute_script(DROP, "bukan.pmp", base64.b64encode(b"bukan zip").decode())
    assert browser.find_element(By.ID, "terpilih").text == "Berkas: bukan.pmp"
    refused = submit(browser)
    assert refused.startswith("Ditolak. Berkas bukan berkas PMP")
    browser.save_screenshot(str(tmp_path / "pmp_upload_refused.png"))

    browser.execute_script(DROP, path.name, base64.b64encode(path.read_bytes()).decode())
    assert "Status: Sudah Kirim." in submit(browser)
