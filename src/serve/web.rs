//! What the pages share (SPEC §12): their templates (built in, each
//! replaceable from `serve.templates`), cookies, the CSRF check, and HTML
//! answers.

use std::path::Path;

use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use minijinja::Environment;
use serde::Serialize;

use crate::domain::error::{Error, Result};

/// The page templates, by file name, with the built-in text of each.
const BUILTIN: [(&str, &str); 6] = [
    ("base.html", include_str!("templates/base.html")),
    (
        "set_password.html",
        include_str!("templates/set_password.html"),
    ),
    ("forgot.html", include_str!("templates/forgot.html")),
    (
        "change_password.html",
        include_str!("templates/change_password.html"),
    ),
    ("message.html", include_str!("templates/message.html")),
    ("continue.html", include_str!("templates/continue.html")),
];

/// The pages' style sheet, served as `/static/roster.css`.
pub const STYLE: &str = include_str!("templates/roster.css");

/// The names of the page templates, for help and docs.
pub fn template_names() -> Vec<&'static str> {
    BUILTIN.iter().map(|(name, _)| *name).collect()
}

/// How the pages look: their templates, the product's name, and its logo.
pub struct Look {
    env: Environment<'static>,
    pub product: String,
    /// The logo's bytes and content type, served as `/logo`.
    pub logo: Option<(Vec<u8>, &'static str)>,
}

impl Look {
    /// The built-in templates, each found in `dir` taking its place; the
    /// logo read now (a server that cannot show it says so at start).
    pub fn load(dir: Option<&Path>, product: &str, logo: Option<&Path>) -> Result<Look> {
        if let Some(dir) = dir.filter(|d| !d.is_dir()) {
            return Err(Error::invalid(
                "serve.templates",
                format!("{} is not a directory", dir.display()),
            ));
        }
        let mut env = Environment::new();
        for (name, builtin) in BUILTIN {
            let source = match dir.map(|d| d.join(name)).filter(|p| p.exists()) {
                Some(path) => std::fs::read_to_string(&path).map_err(|e| {
                    Error::invalid(
                        "serve.templates",
                        format!("cannot read {}: {e}", path.display()),
                    )
                })?,
                None => builtin.to_string(),
            };
            env.add_template_owned(name, source)
                .map_err(|e| Error::invalid("serve.templates", format!("{name}: {e}")))?;
        }
        let logo = logo.map(read_logo).transpose()?;
        let product = if product.is_empty() {
            "Accounts".to_string()
        } else {
            product.to_string()
        };
        Ok(Look { env, product, logo })
    }

    /// Renders `template` with `values`, the product and the logo; a
    /// template that fails is the operator's to fix: 500, and the log says
    /// why.
    pub fn page(&self, status: StatusCode, template: &str, values: &impl Serialize) -> Response {
        let rendered = self.env.get_template(template).and_then(|t| {
            t.render(minijinja::context! {
                product => &self.product,
                logo => self.logo.is_some(),
                ..minijinja::Value::from_serialize(values)
            })
        });
        match rendered {
            Ok(html) => (status, Html(html)).into_response(),
            Err(e) => {
                eprintln!("roster serve: the page template {template} failed: {e:#}");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    Html("<!doctype html><title>Error</title><p>This page could not be shown.</p>"),
                )
                    .into_response()
            }
        }
    }

    /// A page that only says something: `kind` is `done`, `sent`,
    /// `dead` (a link that no longer works), `refused` or `error`.
    pub fn message(
        &self,
        status: StatusCode,
        kind: &str,
        title: &str,
        lines: &[&str],
        link: Option<(&str, &str)>,
    ) -> Response {
        let link = link.map(|(href, text)| serde_json::json!({ "href": href, "text": text }));
        self.page(
            status,
            "message.html",
            &serde_json::json!({ "kind": kind, "title": title, "lines": lines, "link": link }),
        )
    }
}

/// Reads the logo and names its type from the file's extension.
fn read_logo(path: &Path) -> Result<(Vec<u8>, &'static str)> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let kind = match ext.as_deref() {
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("svg") => "image/svg+xml",
        Some("webp") => "image/webp",
        Some("gif") => "image/gif",
        _ => {
            return Err(Error::invalid(
                "serve.logo",
                format!(
                    "{}: a logo is a .png, .jpg, .svg, .webp or .gif file",
                    path.display()
                ),
            ));
        }
    };
    let bytes = std::fs::read(path).map_err(|e| {
        Error::invalid("serve.logo", format!("cannot read {}: {e}", path.display()))
    })?;
    Ok((bytes, kind))
}

/// How the pages' cookies are named and sent: over HTTPS with the
/// `__Host-` prefix and `Secure` (a sibling domain cannot set them).
#[derive(Clone, Copy, Debug)]
pub struct Cookies {
    pub secure: bool,
}

/// The cookie holding a form's CSRF token.
pub const CSRF: &str = "roster_csrf";

impl Cookies {
    pub fn name(self, base: &str) -> String {
        if self.secure {
            format!("__Host-{base}")
        } else {
            base.to_string()
        }
    }

    /// The value of cookie `base`, if the request has one that looks like
    /// a token (URL-safe characters only, at most 128 of them).
    pub fn get(self, headers: &HeaderMap, base: &str) -> Option<String> {
        let name = self.name(base);
        headers
            .get_all(header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.trim().to_string())
            .filter(|v| looks_like_token(v))
    }

    /// A `Set-Cookie` for `base`: HttpOnly, SameSite=Strict, the whole
    /// site; `max_age` 0 deletes it.
    pub fn set(self, base: &str, value: &str, max_age: u64) -> HeaderValue {
        let secure = if self.secure { "; Secure" } else { "" };
        let cookie = format!(
            "{}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}{secure}",
            self.name(base)
        );
        HeaderValue::from_str(&cookie).expect("cookie values are URL-safe")
    }

    /// The CSRF token a form carries: the request's own (double submit),
    /// or a new one with the cookie that holds it.
    pub fn csrf(self, headers: &HeaderMap) -> Result<(String, Option<HeaderValue>)> {
        if let Some(token) = self.get(headers, CSRF) {
            return Ok((token, None));
        }
        let token = crate::token::new_token()?.secret;
        let cookie = self.set(CSRF, &token, 12 * 3600);
        Ok((token, Some(cookie)))
    }
}

/// Whether a cookie or query value can be a token roster issued.
pub fn looks_like_token(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 128
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Why a form post is refused as cross-site, if it is: a browser that says
/// where the form came from (`Sec-Fetch-Site`, `Origin`) must say this
/// site (the request's `Host`, or `public`: the public URL's host and
/// port, which a proxy may not pass on), and the form's token must be the
/// cookie's.
pub fn cross_site(
    headers: &HeaderMap,
    cookies: Cookies,
    form_token: &str,
    public: &str,
) -> Option<&'static str> {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    // A browser that sends Sec-Fetch-Site says where the form came from;
    // an older one may say it in Origin. (With `Referrer-Policy:
    // no-referrer`, which every page here sends, a browser's Origin on a
    // form post is `null`: that tells nothing either way.)
    if let Some(site) = header("sec-fetch-site") {
        if !site.eq_ignore_ascii_case("same-origin") {
            return Some("the form was sent from another site");
        }
    } else if let Some(origin) = header("origin").filter(|o| *o != "null") {
        let authority = origin
            .split_once("://")
            .map(|(_, rest)| rest.trim_end_matches('/'));
        let ours = |a: &str| {
            a.eq_ignore_ascii_case(public)
                || header("host").is_some_and(|h| a.eq_ignore_ascii_case(h))
        };
        if !authority.is_some_and(ours) {
            return Some("the form was sent from another origin");
        }
    }
    match cookies.get(headers, CSRF) {
        Some(cookie)
            if crate::token::constant_time_eq(cookie.as_bytes(), form_token.as_bytes()) =>
        {
            None
        }
        _ => Some("the form's security token is missing or does not match"),
    }
}

/// A page's answer with cookies set.
pub fn with_cookies(
    mut response: Response,
    cookies: impl IntoIterator<Item = HeaderValue>,
) -> Response {
    for cookie in cookies {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    response
}

/// Adds the headers every answer carries (SPEC §12): no framing, no
/// referrer, no caching, no sniffing, and only this site's resources.
pub fn secure_headers(headers: &mut HeaderMap) {
    const SET: [(&str, &str); 5] = [
        (
            "content-security-policy",
            "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
        ),
        ("x-frame-options", "DENY"),
        ("referrer-policy", "no-referrer"),
        ("cache-control", "no-store"),
        ("x-content-type-options", "nosniff"),
    ];
    for (name, value) in SET {
        headers
            .entry(name)
            .or_insert(HeaderValue::from_static(value));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_pages_render_and_escape_what_they_show() {
        let look = Look::load(None, "Acme <Back office>", None).unwrap();
        let page = look.message(
            StatusCode::OK,
            "done",
            "Done",
            &["<script>x</script>"],
            None,
        );
        assert_eq!(page.status(), StatusCode::OK);
        let form = look.page(
            StatusCode::OK,
            "set_password.html",
            &serde_json::json!({ "title": "t", "email": "a\"@x", "csrf": "c", "action": "/reset" }),
        );
        assert_eq!(form.status(), StatusCode::OK);
    }

    #[test]
    fn a_post_from_elsewhere_is_refused() {
        let cookies = Cookies { secure: false };
        let mut headers = HeaderMap::new();
        headers.insert(header::HOST, HeaderValue::from_static("localhost:8080"));
        headers.insert(header::COOKIE, HeaderValue::from_static("roster_csrf=abc"));
        assert_eq!(
            cross_site(&headers, cookies, "abc", "accounts.example.com"),
            None
        );
        assert!(cross_site(&headers, cookies, "abd", "accounts.example.com").is_some());
        headers.insert("origin", HeaderValue::from_static("http://localhost:8080"));
        assert_eq!(
            cross_site(&headers, cookies, "abc", "accounts.example.com"),
            None
        );
        headers.insert(
            "origin",
            HeaderValue::from_static("https://accounts.example.com"),
        );
        assert_eq!(
            cross_site(&headers, cookies, "abc", "accounts.example.com"),
            None
        );
        headers.insert("origin", HeaderValue::from_static("https://evil.example"));
        assert!(cross_site(&headers, cookies, "abc", "accounts.example.com").is_some());
        headers.insert("sec-fetch-site", HeaderValue::from_static("same-origin"));
        assert_eq!(
            cross_site(&headers, cookies, "abc", "accounts.example.com"),
            None,
            "Sec-Fetch-Site speaks for the browser"
        );
        headers.remove("sec-fetch-site");
        headers.insert("origin", HeaderValue::from_static("null"));
        assert_eq!(
            cross_site(&headers, cookies, "abc", "accounts.example.com"),
            None
        );
        assert!(cross_site(&headers, cookies, "abd", "accounts.example.com").is_some());
        headers.insert("sec-fetch-site", HeaderValue::from_static("cross-site"));
        assert!(cross_site(&headers, cookies, "abc", "accounts.example.com").is_some());
        let secure = Cookies { secure: true };
        assert_eq!(
            secure.get(&headers, CSRF),
            None,
            "over HTTPS only __Host- counts"
        );
    }
}
