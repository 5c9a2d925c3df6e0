//! Just enough PDF reading to check what a printed page says: the pages in
//! order and the text on each, decoded through each font's `/ToUnicode`
//! map. Written for the PDFs Chromium prints (Skia: plain numbered objects,
//! Flate-compressed streams, Type0 fonts with Identity-H and a ToUnicode
//! CMap); anything it cannot read is an error, never silent.
//!
//! Why not a crate: `lopdf` 0.47 (the parser `pdf-extract` builds on)
//! brings about 40 crates, encryption included, for what is 200 lines here
//! on top of `flate2`, a dev-dependency already.

use std::collections::HashMap;
use std::io::Read;

/// One object: its dictionary text and its stream, decompressed.
struct Object {
    dict: String,
    stream: Option<Vec<u8>>,
}

/// A PDF's pages, each as the text it shows.
pub struct Pdf {
    pub pages: Vec<String>,
}

fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| i + from)
}

/// Every `N 0 obj … endobj` in the file.
fn objects(bytes: &[u8]) -> Result<HashMap<u32, Object>, String> {
    let mut out = HashMap::new();
    let mut at = 0;
    while let Some(start) = find(bytes, b" 0 obj", at) {
        // The object number is the digits just before " 0 obj".
        let mut n0 = start;
        while n0 > 0 && bytes[n0 - 1].is_ascii_digit() {
            n0 -= 1;
        }
        let id: u32 = std::str::from_utf8(&bytes[n0..start])
            .ok()
            .and_then(|t| t.parse().ok())
            .ok_or_else(|| format!("no object number at byte {start}"))?;
        let body = start + 6;
        let end = find(bytes, b"endobj", body).ok_or("an object without endobj")?;
        let raw = &bytes[body..end];
        let (dict, stream) = match find(raw, b"stream", 0) {
            Some(s) if !raw[..s].ends_with(b"end") => {
                let mut data = s + 6;
                if raw.get(data) == Some(&b'\r') {
                    data += 1;
                }
                if raw.get(data) == Some(&b'\n') {
                    data += 1;
                }
                let stop = find(raw, b"endstream", data).ok_or("a stream without endstream")?;
                let dict = String::from_utf8_lossy(&raw[..s]).into_owned();
                let data = &raw[data..stop];
                let data = if dict.contains("/FlateDecode") {
                    let mut inflated = Vec::new();
                    flate2::read::ZlibDecoder::new(data)
                        .read_to_end(&mut inflated)
                        .map_err(|e| format!("object {id}: {e}"))?;
                    inflated
                } else {
                    data.to_vec()
                };
                (dict, Some(data))
            }
            _ => (String::from_utf8_lossy(raw).into_owned(), None),
        };
        out.insert(id, Object { dict, stream });
        at = end + 6;
    }
    Ok(out)
}

/// The object number after `/Key ` when it is a reference (`/Key 12 0 R`).
fn reference(dict: &str, key: &str) -> Option<u32> {
    let rest = &dict[dict.find(&format!("{key} "))? + key.len() + 1..];
    let mut words = rest.split_whitespace();
    let n = words.next()?.parse().ok()?;
    (words.next()? == "0" && words.next()?.starts_with('R')).then_some(n)
}

/// Every `N 0 R` inside the `[...]` or `<<...>>` after `/Key`.
fn references(dict: &str, key: &str) -> Vec<(String, u32)> {
    let Some(at) = dict.find(key) else {
        return Vec::new();
    };
    let rest = dict[at + key.len()..].trim_start();
    let close = if rest.starts_with('[') {
        "]"
    } else if rest.starts_with("<<") {
        ">>"
    } else {
        return Vec::new();
    };
    let Some(end) = rest.find(close) else {
        return Vec::new();
    };
    let inner = rest[..end].trim_start_matches(['[', '<']);
    let words: Vec<&str> = inner.split_whitespace().collect();
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        if *w == "R" && i >= 2 {
            if let Ok(n) = words[i - 2].parse() {
                let name = if i >= 3 { words[i - 3] } else { "" };
                out.push((name.trim_start_matches('/').to_string(), n));
            }
        }
    }
    out
}

/// A ToUnicode CMap: glyph code -> text.
pub fn to_unicode(cmap: &str) -> HashMap<u16, String> {
    fn hex(t: &str) -> Vec<u8> {
        let t: Vec<u8> = t
            .trim_matches(|c| c == '<' || c == '>')
            .bytes()
            .filter(u8::is_ascii_hexdigit)
            .collect();
        t.chunks(2)
            .filter_map(|p| u8::from_str_radix(std::str::from_utf8(p).ok()?, 16).ok())
            .collect()
    }
    fn code(t: &str) -> u16 {
        hex(t).iter().fold(0u16, |a, b| (a << 8) | u16::from(*b))
    }
    fn utf16(bytes: &[u8]) -> String {
        let units: Vec<u16> = bytes
            .chunks(2)
            .map(|p| (u16::from(p[0]) << 8) | u16::from(*p.get(1).unwrap_or(&0)))
            .collect();
        String::from_utf16_lossy(&units)
    }
    let mut map = HashMap::new();
    let mut section = "";
    for line in cmap.lines() {
        let line = line.trim();
        if line.ends_with("beginbfchar") || line.ends_with("beginbfrange") {
            section = if line.ends_with("char") {
                "char"
            } else {
                "range"
            };
            continue;
        }
        if line.starts_with("end") {
            section = "";
            continue;
        }
        let parts: Vec<&str> = line.split_whitespace().collect();
        match (section, parts.as_slice()) {
            ("char", [from, to]) => {
                map.insert(code(from), utf16(&hex(to)));
            }
            ("range", [lo, hi, to]) if to.starts_with('<') => {
                let base = hex(to);
                let (lo, hi) = (code(lo), code(hi));
                for (i, c) in (lo..=hi).enumerate() {
                    let mut t = base.clone();
                    // The last unit counts up along the range.
                    let n = t.len();
                    let last = ((u16::from(t[n - 2]) << 8) | u16::from(t[n - 1])) + i as u16;
                    t[n - 2] = (last >> 8) as u8;
                    t[n - 1] = last as u8;
                    map.insert(c, utf16(&t));
                }
            }
            _ => {}
        }
    }
    map
}

/// The text a content stream shows: hex strings of `Tj`/`TJ` through the
/// current font's map, a line break at each new text object and each move
/// to another line (a `Td` that only moves along the line, as Chromium
/// writes letter-spaced text glyph by glyph, adds nothing).
pub fn page_text(content: &[u8], fonts: &HashMap<String, HashMap<u16, String>>) -> String {
    let text = String::from_utf8_lossy(content);
    let b = text.as_bytes();
    let mut out = String::new();
    let mut font: Option<&HashMap<u16, String>> = None;
    let mut last_name = "";
    let mut numbers: Vec<f64> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'/' {
            let end = text[i + 1..]
                .find(|c: char| c.is_whitespace() || "/[]<>()".contains(c))
                .map_or(b.len(), |e| i + 1 + e);
            last_name = &text[i + 1..end];
            i = end;
        } else if c == b'<' && b.get(i + 1) == Some(&b'<') {
            i += 2;
        } else if c == b'<' {
            let end = text[i..].find('>').map_or(b.len(), |e| i + e);
            let digits: Vec<u8> = b[i + 1..end]
                .iter()
                .copied()
                .filter(u8::is_ascii_hexdigit)
                .collect();
            if let Some(map) = font {
                for quad in digits.chunks(4) {
                    let code = std::str::from_utf8(quad)
                        .ok()
                        .and_then(|q| u16::from_str_radix(q, 16).ok());
                    if let Some(t) = code.and_then(|c| map.get(&c)) {
                        out.push_str(t);
                    }
                }
            }
            i = end + 1;
        } else if c.is_ascii_digit() || c == b'-' || c == b'.' {
            let end = text[i..]
                .find(|c: char| !(c.is_ascii_digit() || c == '-' || c == '.'))
                .map_or(b.len(), |e| i + e);
            numbers.push(text[i..end].parse().unwrap_or(0.0));
            i = end;
        } else if c.is_ascii_alphabetic() || c == b'*' || c == b'\'' {
            let end = text[i..]
                .find(|c: char| !(c.is_ascii_alphabetic() || c == '*' || c == '\''))
                .map_or(b.len(), |e| i + e);
            match &text[i..end] {
                "Tf" => font = fonts.get(last_name),
                "Td" | "TD" => {
                    let ty = numbers.last().copied().unwrap_or(0.0);
                    if ty != 0.0 {
                        out.push('\n');
                    }
                }
                "BT" | "Tm" | "T*" | "'" => out.push('\n'),
                _ => {}
            }
            numbers.clear();
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

impl Pdf {
    /// Reads a PDF as Chromium prints it.
    pub fn read(bytes: &[u8]) -> Result<Pdf, String> {
        if !bytes.starts_with(b"%PDF-") {
            return Err("not a PDF".into());
        }
        let objs = objects(bytes)?;
        let get = |n: u32| objs.get(&n).ok_or(format!("object {n} is missing"));
        let catalog = objs
            .values()
            .find(|o| o.dict.contains("/Type /Catalog"))
            .ok_or("no catalog")?;
        let root = reference(&catalog.dict, "/Pages").ok_or("no page tree")?;
        // The page tree, depth first, keeps the pages in order.
        let mut pages = Vec::new();
        let mut stack = vec![root];
        while let Some(n) = stack.pop() {
            let o = get(n)?;
            if o.dict.contains("/Type /Pages") {
                let kids = references(&o.dict, "/Kids");
                stack.extend(kids.iter().rev().map(|(_, k)| *k));
            } else {
                pages.push(n);
            }
        }
        let mut texts = Vec::new();
        for n in pages {
            let page = get(n)?;
            let mut fonts = HashMap::new();
            let font_dict = match reference(&page.dict, "/Font") {
                Some(r) => get(r)?.dict.clone(),
                None => page.dict.clone(),
            };
            for (name, f) in references(&font_dict, "/Font") {
                let font = get(f)?;
                let map = match reference(&font.dict, "/ToUnicode") {
                    Some(t) => {
                        let cmap = get(t)?
                            .stream
                            .as_ref()
                            .ok_or("a ToUnicode without stream")?;
                        to_unicode(&String::from_utf8_lossy(cmap))
                    }
                    None => return Err(format!("font {name} has no ToUnicode map")),
                };
                fonts.insert(name, map);
            }
            let mut contents = references(&page.dict, "/Contents");
            if contents.is_empty() {
                let c = reference(&page.dict, "/Contents").ok_or("a page without contents")?;
                contents.push((String::new(), c));
            }
            let mut text = String::new();
            for (_, c) in contents {
                let stream = get(c)?.stream.as_ref().ok_or("contents without a stream")?;
                text.push_str(&page_text(stream, &fonts));
            }
            texts.push(text);
        }
        Ok(Pdf { pages: texts })
    }

    /// A page's text with every run of white space as one space and the
    /// typographic ligatures (ﬁ, ﬀ …) spelt out.
    pub fn page(&self, index: usize) -> String {
        self.pages
            .get(index)
            .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
            .unwrap_or_default()
            .replace('\u{fb00}', "ff")
            .replace('\u{fb01}', "fi")
            .replace('\u{fb02}', "fl")
            .replace('\u{fb03}', "ffi")
            .replace('\u{fb04}', "ffl")
    }
}
