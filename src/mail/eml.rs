//! Reading a delivered `.eml` file back (`mail show ID --links`): the links in
//! its plain-text part, decoded from the quoted-printable or base64 that mail
//! is written in, so a script gets a link it can use.

use base64::Engine as _;

/// The `http://` and `https://` links of the message's text part, in order,
/// each once.
pub fn links(eml: &str) -> Vec<String> {
    let text = text_part(&eml.replace("\r\n", "\n")).unwrap_or_default();
    let mut found: Vec<String> = Vec::new();
    for word in text.split(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '\'')) {
        let Some(start) = word.find("http://").or_else(|| word.find("https://")) else {
            continue;
        };
        let link = word[start..].trim_end_matches(['.', ',', ')', ';']);
        if !found.iter().any(|l| l == link) {
            found.push(link.to_string());
        }
    }
    found
}

/// Header lines joined where they were folded, as (lowercased name, value).
fn headers(block: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in block.lines() {
        if line.starts_with([' ', '\t']) {
            if let Some((_, value)) = out.last_mut() {
                value.push(' ');
                value.push_str(line.trim());
            }
        } else if let Some((name, value)) = line.split_once(':') {
            out.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
        }
    }
    out
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

/// The value of `name=` in a header such as `multipart/alternative; boundary="x"`.
fn parameter<'a>(value: &'a str, name: &str) -> Option<&'a str> {
    value.split(';').skip(1).find_map(|p| {
        let (key, v) = p.split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case(name)
            .then(|| v.trim().trim_matches('"'))
    })
}

/// The decoded text of the first `text/plain` part of an entity (headers,
/// blank line, body), looking inside multipart bodies.
fn text_part(entity: &str) -> Option<String> {
    let (head, body) = entity.split_once("\n\n").unwrap_or((entity, ""));
    let headers = headers(head);
    let content_type = header(&headers, "content-type").unwrap_or("text/plain");
    let kind = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    if kind.starts_with("multipart/") {
        let boundary = format!("--{}", parameter(content_type, "boundary")?);
        return body
            .split(&boundary)
            .skip(1)
            .take_while(|part| !part.starts_with("--"))
            .find_map(|part| text_part(part.trim_start_matches('\n')));
    }
    if kind != "text/plain" {
        return None;
    }
    let encoding = header(&headers, "content-transfer-encoding")
        .unwrap_or("7bit")
        .to_ascii_lowercase();
    Some(match encoding.as_str() {
        "quoted-printable" => quoted_printable(body),
        "base64" => {
            let compact: String = body.split_whitespace().collect();
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(compact)
                .unwrap_or_default();
            String::from_utf8_lossy(&bytes).into_owned()
        }
        _ => body.to_string(),
    })
}

/// Decodes quoted-printable (RFC 2045): `=` at a line end joins lines, `=XX`
/// is a byte.
fn quoted_printable(text: &str) -> String {
    let mut bytes = Vec::with_capacity(text.len());
    let mut lines = text.split('\n').peekable();
    while let Some(line) = lines.next() {
        let line = line.trim_end_matches([' ', '\t']);
        let (line, soft) = match line.strip_suffix('=') {
            Some(rest) => (rest, true),
            None => (line, false),
        };
        let raw = line.as_bytes();
        let mut i = 0;
        while i < raw.len() {
            let hex = raw
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok())
                .and_then(|h| u8::from_str_radix(h, 16).ok());
            match (raw[i], hex) {
                (b'=', Some(byte)) => {
                    bytes.push(byte);
                    i += 3;
                }
                (b, _) => {
                    bytes.push(b);
                    i += 1;
                }
            }
        }
        if !soft && lines.peek().is_some() {
            bytes.push(b'\n');
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    const MESSAGE: &str = "From: roster <roster@localhost>\r\n\
To: ada@example.com\r\n\
Content-Type: multipart/alternative;\r\n boundary=\"b1\"\r\n\
\r\n\
--b1\r\n\
Content-Type: text/plain; charset=utf-8\r\n\
Content-Transfer-Encoding: quoted-printable\r\n\
\r\n\
Hello Ada,\r\n\
\r\n\
http://localhost:8080/accept-invite?token=3DOflYacUnIHXPPE1TLHFqch8Lg4c4mFI=\r\n\
-PmdzVbm27iA\r\n\
\r\n\
Thanks.\r\n\
--b1\r\n\
Content-Type: text/html; charset=utf-8\r\n\
Content-Transfer-Encoding: quoted-printable\r\n\
\r\n\
<a href=3D\"http:&#x2f;&#x2f;localhost:8080&#x2f;accept-invite\">x</a>\r\n\
--b1--";

    #[test]
    fn the_text_parts_links_decoded() {
        assert_eq!(
            links(MESSAGE),
            [
                "http://localhost:8080/accept-invite?token=OflYacUnIHXPPE1TLHFqch8Lg4c4mFI-PmdzVbm27iA"
            ]
        );
    }

    #[test]
    fn plain_and_base64_bodies() {
        let plain = "Content-Type: text/plain\n\nSee https://example.com/a.\n";
        assert_eq!(links(plain), ["https://example.com/a"]);
        let b64 = "Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\n\
                   aHR0cHM6Ly9leGFtcGxlLmNvbS9yZXNldD90b2tlbj1hYmM=\n";
        assert_eq!(links(b64), ["https://example.com/reset?token=abc"]);
    }
}
