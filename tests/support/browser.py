"""A real browser on roster serve's pages: headless Chromium driven by
WebDriver (selenium, Debian's chromium and chromium-driver).

    browser.py BASE_URL OUTBOX SHOTS INVITED ACTIVE PASSWORD

Walks the journeys a person takes, on a phone-sized window: opens the
invitation link from the .eml in OUTBOX, types a weak password and then a
good one twice; reopens the used link; asks for a reset link on /forgot for
ACTIVE (whose password is PASSWORD), opens it from the new .eml and sets a
new password; changes it on /change-password; posts a form from another
origin. Saves a screenshot of each page in SHOTS. Prints the passwords it
set as JSON ({"invited": …, "active": …}); exits 1 naming the first check
that failed.
"""

import email
import email.policy
import glob
import http.server
import json
import os
import re
import sys
import threading
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.support.ui import WebDriverWait

BASE, OUTBOX, SHOTS, INVITED, ACTIVE, PASSWORD = sys.argv[1:7]
INVITE_PASSWORD = "violet harbour lantern 31 quietly"
RESET_PASSWORD = "granite orchard bicycle 58 softly"
CHANGED_PASSWORD = "copper meadow whistle 94 gently"


def fail(what):
    print(f"browser check failed: {what}", file=sys.stderr)
    sys.exit(1)


def check(ok, what):
    if not ok:
        fail(what)


def link_in(path, to):
    """The link in the text part of the .eml at PATH, if it is to TO."""
    with open(path, "rb") as f:
        msg = email.message_from_binary_file(f, policy=email.policy.default)
    if to not in str(msg["To"]):
        return None
    text = msg.get_body(preferencelist=("plain",)).get_content()
    found = re.search(r"https?://\S+\?token=[A-Za-z0-9_-]+", text)
    return found.group(0) if found else None


def newest_link(to, path_part, seen=()):
    """Waits (10 s) for a mail to TO with a link containing PATH_PART."""
    deadline = time.time() + 10
    while time.time() < deadline:
        for path in sorted(glob.glob(os.path.join(OUTBOX, "*.eml")), key=os.path.getmtime):
            if path in seen:
                continue
            link = link_in(path, to)
            if link and path_part in link:
                return link
        time.sleep(0.1)
    fail(f"no mail to {to} with a {path_part} link in {OUTBOX}")


def shot(driver, name):
    # The whole page: a phone-width window as tall as the page.
    height = driver.execute_script("return document.documentElement.scrollHeight")
    # (The window's height includes what the browser draws around the page.)
    driver.set_window_size(390, max(844, height + 200))
    driver.save_screenshot(os.path.join(SHOTS, f"{name}.png"))
    driver.set_window_size(390, 844)


def submit(driver, button):
    """Clicks BUTTON and waits for the page it leads to: the old page is
    marked, and the wait ends on a loaded page without the mark. (Asking
    the old button whether it is stale races the navigation: the driver
    may answer with an error of its own while the page is swapped.)"""
    driver.execute_script("window.__rosterOld = true")
    button.click()
    WebDriverWait(driver, 10, ignored_exceptions=(WebDriverException,)).until(
        lambda d: d.execute_script(
            "return window.__rosterOld !== true && document.readyState === 'complete'"))


def fill(driver, values):
    for field, value in values.items():
        box = driver.find_element(By.ID, field)
        box.clear()
        box.send_keys(value)
    submit(driver, driver.find_element(By.CSS_SELECTOR, "button[type=submit]"))


def text_of(driver, css):
    found = driver.find_elements(By.CSS_SELECTOR, css)
    return found[0].text if found else ""


def start_driver():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                "--window-size=390,844", "--disable-gpu"):
        options.add_argument(arg)
    service = Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    return webdriver.Chrome(service=service, options=options)


def other_origin_page():
    """A page on another origin whose form posts to /forgot."""
    page = f"""<!doctype html><title>elsewhere</title>
<form method="post" action="{BASE}/forgot">
<input name="csrf" value="guessed"><input name="email" value="{ACTIVE}">
<button type="submit" id="go">Go</button></form>"""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = page.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    # localhost is another site than the IP the pages are served on.
    return f"http://localhost:{server.server_address[1]}/"


def main():
    os.makedirs(SHOTS, exist_ok=True)
    driver = start_driver()
    try:
        # The invitation, from the .eml the CLI wrote.
        invite = newest_link(INVITED, "/accept-invite")
        driver.get(invite)
        check("token=" not in driver.current_url, f"the token left the address: {driver.current_url}")
        check(INVITED in driver.find_element(By.ID, "email").get_attribute("value"),
              "the invitation form names the user")
        shot(driver, "01-accept-invite-form")
        fill(driver, {"password": "passwordpassword", "confirm": "passwordpassword"})
        check("too easy to guess" in text_of(driver, "#error"),
              f"a weak password shows the policy's reason: {driver.page_source[:2000]}")
        shot(driver, "02-accept-invite-weak-password")
        fill(driver, {"password": INVITE_PASSWORD, "confirm": INVITE_PASSWORD})
        check("Your account is active" in text_of(driver, "#message"),
              f"the invitation is accepted: {driver.page_source[:2000]}")
        shot(driver, "03-accept-invite-done")
        driver.get(invite)
        check("already used" in driver.find_element(By.TAG_NAME, "h1").text,
              "a used link says so")
        shot(driver, "04-accept-invite-used-link")

        # Forgot, then the reset link from the new mail.
        seen = set(glob.glob(os.path.join(OUTBOX, "*.eml")))
        driver.get(f"{BASE}/forgot")
        shot(driver, "05-forgot-form")
        fill(driver, {"email": ACTIVE})
        check("Check your email" in driver.find_element(By.TAG_NAME, "h1").text, "forgot answers")
        shot(driver, "06-forgot-sent")
        reset = newest_link(ACTIVE, "/reset?token=", seen)
        driver.get(reset)
        check("token=" not in driver.current_url, "the reset token left the address")
        shot(driver, "07-reset-form")
        fill(driver, {"password": RESET_PASSWORD, "confirm": "not the same at all 12"})
        check("not the same" in text_of(driver, "#error"), "two different passwords are refused")
        fill(driver, {"password": RESET_PASSWORD, "confirm": RESET_PASSWORD})
        check("Your password is changed" in text_of(driver, "#message"),
              f"the reset is done: {driver.page_source[:2000]}")
        shot(driver, "08-reset-done")

        # Change the password with the current one.
        driver.get(f"{BASE}/change-password")
        shot(driver, "09-change-password-form")
        fill(driver, {"email": ACTIVE, "current": "a wrong one entirely 5",
                      "password": CHANGED_PASSWORD, "confirm": CHANGED_PASSWORD})
        check("is wrong" in text_of(driver, "#error"), "a wrong current password is refused")
        shot(driver, "10-change-password-wrong")
        fill(driver, {"email": ACTIVE, "current": RESET_PASSWORD,
                      "password": CHANGED_PASSWORD, "confirm": CHANGED_PASSWORD})
        check("Your password is changed" in text_of(driver, "#message"), "the change is done")
        shot(driver, "11-change-password-done")

        # A form posted from another origin.
        driver.get(other_origin_page())
        submit(driver, driver.find_element(By.ID, "go"))
        check("could not be accepted" in driver.find_element(By.TAG_NAME, "h1").text,
              f"a form from another origin is refused: {driver.page_source[:2000]}")
        shot(driver, "12-form-from-another-origin")

        driver.get(f"{BASE}/onboarding")
        shot(driver, "13-onboarding")
    finally:
        driver.quit()
    print(json.dumps({"invited": INVITE_PASSWORD, "active": CHANGED_PASSWORD}))


if __name__ == "__main__":
    main()
